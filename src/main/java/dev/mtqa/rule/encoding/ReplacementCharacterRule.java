package dev.mtqa.rule.encoding;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.text.RareCharacters;

import java.util.List;

/**
 * Characters that stand for a character lost in decoding: U+FFFD REPLACEMENT CHARACTER (what a
 * decoder puts for bytes it cannot read, shown as "�") and U+001A SUBSTITUTE (the older ASCII
 * equivalent). What was there is gone, so there is no safe fix: someone has to look at the source.
 * A run of them is one finding.
 */
public final class ReplacementCharacterRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("ENCODING_REPLACEMENT_CHARACTER", Category.ENCODING,
            Severity.ERROR,
            "A character was lost in decoding and replaced by \u201c\uFFFD\u201d",
            "U+FFFD (shown as \u201c\uFFFD\u201d) is what a decoder writes when it meets bytes it cannot read; U+001A "
                    + "(SUBSTITUTE) is the older equivalent. The original character is gone: readers see a box or a "
                    + "question mark where a letter or a quotation mark was. Nothing can restore it from the text "
                    + "alone; check the source, or re-fetch the article and decode it with the right charset.",
            List.of(
                    Example.flags("Talks in Z\u00fcrich<marker>\uFFFD</marker>s old town."),
                    Example.flags("The minister of Bra<marker>\uFFFD\uFFFD</marker>lia resigned."),
                    Example.flags("Here is a control character: <marker>\u001a</marker>"),
                    Example.accepts("Talks in Z\u00fcrich\u2019s old town, and a question? Yes.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        int malformed = document.decoded().malformed();
        int n = text.length();
        // Both lost-character marks are rare characters: jump from one rare character to the next.
        RareCharacters rare = document.rareCharacters();
        int i = rare.next(0);
        while (i < n) {
            if (!isLost(text.charAt(i))) {
                i = rare.next(i + 1);
                continue;
            }
            int start = i;
            while (i < n && isLost(text.charAt(i))) {
                i++;
            }
            String what = i - start == 1 ? "A character was" : (i - start) + " characters were";
            String when = malformed > 0
                    ? " lost in decoding: this file has " + malformed + " byte sequence" + (malformed == 1 ? "" : "s")
                            + " that " + (malformed == 1 ? "is" : "are") + " not valid " + document.decoded().charset()
                            + ", replaced by \u201c\uFFFD\u201d when it was read"
                    : " lost in decoding before this text was saved";
            out.add(Match.of(start, i, what + when + "; check the source for what belongs here."));
            i = rare.next(i);
        }
    }

    private static boolean isLost(char c) {
        return c == '\uFFFD' || c == '\u001A';
    }
}
