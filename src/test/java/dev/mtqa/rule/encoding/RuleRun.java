package dev.mtqa.rule.encoding;

import dev.mtqa.EnglishVariant;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** Runs one rule on one text, as the engine would for a document checked on its own. */
final class RuleRun {
    private RuleRun() {
    }

    static List<Match> matches(Rule rule, String text) {
        Document document = Document.of("test.txt", text);
        List<Match> matches = new ArrayList<>();
        rule.check(document, new RuleContext(EnglishVariant.US, CorpusProfiler.of(document)), matches::add);
        return matches;
    }

    /** The flagged texts. */
    static List<String> flagged(Rule rule, String text) {
        return matches(rule, text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    /** The text with every match's first fix applied, if it is safe; from the end backwards. */
    static String fixed(Rule rule, String text) {
        List<Match> matches = new ArrayList<>(matches(rule, text));
        matches.sort((a, b) -> Integer.compare(b.start(), a.start()));
        StringBuilder b = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Match m : matches) {
            if (m.edits().isEmpty() || !m.edits().get(0).safe()) {
                continue;
            }
            Edit e = m.edits().get(0);
            if (e.end() > limit) {
                continue;
            }
            b.replace(e.start(), e.end(), e.replacement());
            limit = e.start();
        }
        return b.toString();
    }
}
