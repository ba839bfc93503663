package dev.mtqa.rule.typography;

import dev.mtqa.EnglishVariant;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** Runs one rule on a text, without the engine, and shows what it flagged. */
public final class RuleRunner {
    private RuleRunner() {
    }

    public static List<Match> run(Rule rule, String text) {
        List<Match> matches = new ArrayList<>();
        rule.check(Document.of("test.txt", text), new RuleContext(EnglishVariant.US, CorpusProfile.empty()), matches::add);
        return matches;
    }

    /** The flagged text of each match. */
    public static List<String> flagged(Rule rule, String text) {
        return run(rule, text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    /** The text after applying the first edit of each match (edits must not overlap). */
    public static String fixed(Rule rule, String text) {
        List<Match> matches = run(rule, text);
        StringBuilder out = new StringBuilder(text);
        for (int i = matches.size() - 1; i >= 0; i--) {
            var edit = matches.get(i).edits().get(0);
            out.replace(edit.start(), edit.end(), edit.replacement());
        }
        return out.toString();
    }
}
