package dev.mtqa.rule.typography;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.rule.typography.QuoteAnalysis.Mark;
import dev.mtqa.rule.typography.QuoteAnalysis.Role;
import dev.mtqa.text.Span;

import java.util.List;

/**
 * A quotation that opens and never closes in its paragraph, or a closing quote with no opening one
 * before it. Machine translation and scraping drop quote marks: the reader can no longer tell
 * where the quoted words end. Apostrophes (Russia’s, ’90s, rock ’n’ roll) are not quotes, a
 * quotation that runs over several paragraphs may leave all but its last paragraph open as long as
 * each following paragraph opens again, and an even number of straight double quotes in a paragraph
 * counts as balanced. See {@link QuoteAnalysis} for how each mark is read.
 */
public final class UnbalancedQuoteRule implements Rule {
    private static final int LOOK_BACK = 64;
    private static final RuleMetadata METADATA = new RuleMetadata("TYPOGRAPHY_UNBALANCED_QUOTE", Category.TYPOGRAPHY,
            Severity.WARNING,
            "A quotation mark without its partner in the paragraph",
            "An opening quotation mark has no closing mark in its paragraph, or a closing mark has no opening one. "
                    + "The reader can no longer tell where the quoted words begin or end. Find where the quotation "
                    + "really ends (compare with the source) and add the missing mark, or delete a stray one. The "
                    + "suggested fix closes the quotation at the end of its paragraph, which is where machine "
                    + "translation usually drops the mark; check it.",
            List.of(
                    Example.flags("The minister said, <marker>\u2018</marker>We are ready to talk, but not at any price.",
                            "\u2019"),
                    Example.flags("\u201CThey told us <marker>\u2018</marker>wait and see,\u201D the farmer said.", "\u2019"),
                    Example.flags("The mayor called it <marker>\u201C</marker>a disgrace and left the room.", "\u201D"),
                    Example.flags("Officials said the plan was fair<marker>\u201D</marker> and would go ahead."),
                    Example.flags("He said \"no\" and then <marker>\"</marker>maybe later."),
                    Example.accepts("Russia\u2019s rock \u2019n\u2019 roll scene of the \u201990s was \u2018lively\u2019, she said."),
                    Example.accepts("The players\u2019 union said the clubs\u2019 offer was \u2018an insult\u2019."),
                    Example.accepts("\u2018The players\u2019 union is not happy,\u2019 he said."),
                    Example.accepts("\u201CWe will fight on,\u201D he said. \u201CWe will not give up.\n\n"
                            + "\u201CAnd we will win.\u201D"),
                    Example.accepts("The 5'10\" striker bought a 12\" pizza."),
                    Example.accepts("It's the government's \"final offer\", ministers' aides said.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        QuoteAnalysis quotes = QuoteAnalysis.of(document);
        List<Span> paragraphs = document.paragraphs();
        String text = document.text();
        for (Mark open : quotes.unclosed()) {
            int end = closingPosition(quotes, paragraphs, text, open);
            char close = QuoteAnalysis.glyph(open.kind(), Role.CLOSE, open.style());
            out.add(Match.of(open.index(), open.index() + 1,
                    "The " + QuoteAnalysis.describe(open) + " is never closed in its paragraph.",
                    new Edit(end, end, String.valueOf(close), Edit.REVIEW)));
        }
        for (Mark close : quotes.unopened()) {
            out.add(Match.of(close.index(), close.index() + 1,
                    "The " + QuoteAnalysis.describe(close) + " closes a quotation that was never opened in its paragraph."));
        }
    }

    /**
     * Where a missing closing mark most likely belongs: before the closing mark of the quotation
     * that encloses the open one, else at the end of the paragraph.
     */
    private static int closingPosition(QuoteAnalysis quotes, List<Span> paragraphs, String text, Mark open) {
        // Pairs are sorted by their opening marks: look back from the open mark, a bounded distance
        // so that a pathological paragraph cannot make this quadratic.
        List<QuoteAnalysis.Pair> pairs = quotes.pairs();
        int lo = 0;
        int hi = pairs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs.get(mid).open().index() < open.index()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo - 1; k >= 0 && k >= lo - LOOK_BACK; k--) {
            QuoteAnalysis.Pair pair = pairs.get(k);
            if (pair.close().index() > open.index()) {
                return pair.close().index();
            }
        }
        Span paragraph = containing(paragraphs, open.index());
        int end = paragraph == null ? text.length() : paragraph.end();
        while (end > open.index() + 1 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /** The paragraph that contains {@code index}; paragraphs are sorted and disjoint. */
    static Span containing(List<Span> paragraphs, int index) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span p = paragraphs.get(mid);
            if (index < p.start()) {
                hi = mid - 1;
            } else if (index >= p.end()) {
                lo = mid + 1;
            } else {
                return p;
            }
        }
        return null;
    }
}
