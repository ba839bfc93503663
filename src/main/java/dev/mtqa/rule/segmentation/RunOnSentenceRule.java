package dev.mtqa.rule.segmentation;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.rule.grammar.LanguageToolRule;
import dev.mtqa.text.Span;

import java.util.List;
import java.util.Locale;

/**
 * Text that lost its sentence ends: a "sentence" far longer than any written one. The rule in
 * words: a sentence, as mtqa's sentence splitter finds them (ICU's rules: a sentence ends at a
 * full stop, question or exclamation mark followed by a space and a capital, or at a line break),
 * that is longer than {@value #MIN_CHARS} characters (some 300 words; news sentences run to 20 or
 * 30, and even the longest legal or literary ones stay well under half of this) is flagged on its
 * first words. Such a span is a table, list, menu or tag cloud flattened into one line, or text
 * whose full stops or capitals a scraper or a translation engine dropped. Lines already found to
 * be boilerplate or another script are left to those rules. There is no fix to offer (where the
 * sentences end cannot be told), so the finding says how long the span is, and, when it is longer
 * than the grammar check takes, that its grammar was not checked.
 */
public final class RunOnSentenceRule implements Rule {
    /** A sentence longer than this many UTF-16 characters is not a sentence. */
    static final int MIN_CHARS = 2_000;
    /** At most this many characters of the sentence are flagged: it is the start that shows where it is. */
    static final int FLAGGED_CHARS = 60;

    /** A flattened list for the example: no full stop for some 2,200 characters. */
    private static final String RUN_ON = "Apples and pears " + "apples and pears ".repeat(130);
    private static final RuleMetadata METADATA = new RuleMetadata("BROKEN_SENTENCE_RUN_ON", Category.BROKEN_SENTENCE,
            Severity.WARNING,
            "Thousands of characters without a sentence end: a flattened table or list, or lost punctuation",
            "No sentence ends for thousands of characters here, far longer than any written sentence. A scraper "
                    + "flattened a table, list, menu or tag cloud into one line, or the text lost its full stops or "
                    + "capitals in scraping or translation. Restore the line breaks or punctuation from the source, or "
                    + "drop the block. Sentences this long are also more than the grammar check reads: past "
                    + "10,000 characters LanguageTool is not run on them.",
            List.of(
                    Example.flags("The council met on Monday.\n<marker>" + RUN_ON.substring(0, 57) + "</marker>"
                            + RUN_ON.substring(57) + "\nPrices were unchanged."),
                    Example.accepts("The council met on Monday. " + "It said prices rose again. ".repeat(200)),
                    Example.accepts(("A line of a list\n").repeat(300)),
                    Example.accepts("He spoke for an hour about " + "costs and risks and ".repeat(80) + "the plan.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public boolean checksProse() {
        return true;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        List<Span> nonProse = context.nonProse();
        int skip = 0;
        for (Span sentence : document.sentences()) {
            int length = sentence.end() - sentence.start();
            if (length <= MIN_CHARS) {
                continue;
            }
            while (skip < nonProse.size() && nonProse.get(skip).end() <= sentence.start()) {
                skip++;
            }
            if (skip < nonProse.size() && nonProse.get(skip).start() < sentence.end()) {
                continue;
            }
            String grammar = length > LanguageToolRule.MAX_SENTENCE_CHARS
                    ? "; too long for the grammar check, which does not read it" : "";
            out.add(Match.of(new Span(sentence.start(), flaggedEnd(text, sentence)),
                    String.format(Locale.ROOT, "No sentence end in %,d characters: a table or list flattened into one "
                            + "line, or text that lost its full stops or capitals%s", length, grammar)));
        }
    }

    /** Where the flagged start of a long sentence ends: at a space after its first words, never in a code point. */
    private static int flaggedEnd(String text, Span sentence) {
        int limit = sentence.start() + FLAGGED_CHARS;
        int end = limit;
        while (end > sentence.start() + FLAGGED_CHARS / 2 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (!Character.isWhitespace(text.charAt(end))) {
            end = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
        }
        return end;
    }
}
