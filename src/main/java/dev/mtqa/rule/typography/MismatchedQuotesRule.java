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
import dev.mtqa.rule.typography.QuoteAnalysis.Pair;
import dev.mtqa.rule.typography.QuoteAnalysis.Style;

import java.util.List;

/**
 * A quotation opened in one style and closed in the other: “…" or "…”. It is the trace of an edit
 * or a translation that replaced one mark only. The fix turns the odd mark into the style the rest
 * of the document uses (so it agrees with {@link MixedQuoteStyleRule}, which leaves these marks to
 * this rule); changing a mark's style cannot change meaning, so the fix is safe.
 */
public final class MismatchedQuotesRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("TYPOGRAPHY_MISMATCHED_QUOTES", Category.TYPOGRAPHY,
            Severity.WARNING,
            "A quotation opened with a curly mark and closed with a straight one, or the reverse",
            "The opening and closing marks of this quotation are of different styles (\u201C\u2026\" or \"\u2026\u201D). "
                    + "Use one style for both; the fix changes the odd mark to the style most of the text uses.",
            List.of(
                    Example.flags("\u201CThe talks are over,\u201D he said. <marker>\u201CWe move on,\"</marker> he added.",
                            "\u201D"),
                    Example.flags("\"The talks are over,\" he said. <marker>\u201CWe move on,\"</marker> he added.", "\""),
                    Example.flags("She called it <marker>\u2018a farce'</marker> and left.", "\u2019"),
                    Example.accepts("\u201CThe talks are over,\u201D he said. \u201CWe move on.\u201D"),
                    Example.accepts("\"The talks are over,\" he said, \"and we move on.\""),
                    Example.accepts("\u201CHe said \u2018no\u2019 twice,\u201D she said.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        QuoteAnalysis quotes = QuoteAnalysis.of(document);
        Style majority = null;
        for (Pair pair : quotes.pairs()) {
            if (!pair.mismatched()) {
                continue;
            }
            if (majority == null) {
                majority = quotes.majorityStyle();
            }
            // Change the mark that is not in the document's style; on an even split, the closing one.
            Mark odd = pair.close().style() != majority ? pair.close() : pair.open();
            Mark other = odd == pair.open() ? pair.close() : pair.open();
            out.add(Match.of(pair.open().index(), pair.close().index() + 1,
                    "This quotation opens with " + article(pair.open()) + " and closes with "
                            + article(pair.close()) + "; use one style (" + describeStyle(other.style()) + ", as most of the text).",
                    new Edit(odd.index(), odd.index() + 1, String.valueOf(QuoteAnalysis.glyphIn(odd, other.style())),
                            Edit.SAFE)));
        }
    }

    private static String article(Mark m) {
        return QuoteAnalysis.describeWithArticle(m);
    }

    private static String describeStyle(Style style) {
        return style == Style.STRAIGHT ? "straight" : "curly";
    }
}
