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

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Straight and curly quotation marks and apostrophes mixed in one document. A document keeps one
 * style; a few marks of the other style betray pasted or partly edited text. Each mark in the
 * minority style is flagged (on a tie, the style of the document's first mark counts as the
 * majority) and converted to the majority style, keeping its role: a straight ' becomes ’ when it
 * is an apostrophe or closes a quotation and ‘ when it opens one. Primes (5'10") and guillemets do
 * not count. Marks of a mismatched pair (“…") are left to {@link MismatchedQuotesRule}, whose fix
 * agrees with this one. Changing a mark's style cannot change meaning: the fix is safe.
 */
public final class MixedQuoteStyleRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("TYPOGRAPHY_MIXED_QUOTE_STYLE", Category.TYPOGRAPHY,
            Severity.INFO,
            "Straight and curly quotes or apostrophes mixed in one document",
            "The document mixes straight (\" ') and curly (\u201C\u201D \u2018\u2019) quotation marks and apostrophes. Keep one "
                    + "style: the fix converts each mark of the less used style to the style most of the document uses.",
            List.of(
                    Example.flags("It's the government's plan, and the minister's, and Kyiv<marker>\u2019</marker>s.", "'"),
                    Example.flags("\u201CIt\u2019s over,\u201D he said. \u201CWe lost,\u201D he added. <marker>\"</marker>Go home,\" "
                            + "she said.", "\u201C"),
                    Example.accepts("\u201CIt\u2019s over,\u201D he said, \u201Cand the \u201990s are gone.\u201D"),
                    Example.accepts("\"It's over,\" he said, \"and the '90s are gone.\""),
                    Example.accepts("The 5'10\" striker said, \u201CI\u2019m fine.\u201D")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        QuoteAnalysis quotes = QuoteAnalysis.of(document);
        int straight = quotes.count(Style.STRAIGHT);
        int curly = quotes.count(Style.CURLY);
        if (straight == 0 || curly == 0) {
            return;
        }
        Style majority = quotes.majorityStyle();
        Set<Integer> mismatched = new HashSet<>();
        for (Pair pair : quotes.pairs()) {
            if (pair.mismatched()) {
                mismatched.add(pair.open().index());
                mismatched.add(pair.close().index());
            }
        }
        String counts = " (" + straight + " straight, " + curly + " curly marks in this document).";
        for (Mark m : quotes.marks()) {
            if (!QuoteAnalysis.counts(m) || m.style() == majority || mismatched.contains(m.index())) {
                continue;
            }
            char replacement = QuoteAnalysis.glyphIn(m, majority);
            out.add(Match.of(m.index(), m.index() + 1,
                    capitalise(QuoteAnalysis.describeWithArticle(m)) + " in a text that mostly uses "
                            + (majority == Style.STRAIGHT ? "straight" : "curly") + " marks: use " + replacement + counts,
                    new Edit(m.index(), m.index() + 1, String.valueOf(replacement), Edit.SAFE)));
        }
    }
}
