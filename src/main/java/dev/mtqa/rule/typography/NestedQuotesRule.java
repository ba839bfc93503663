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
import dev.mtqa.rule.typography.QuoteAnalysis.Kind;
import dev.mtqa.rule.typography.QuoteAnalysis.Mark;
import dev.mtqa.rule.typography.QuoteAnalysis.Pair;
import dev.mtqa.rule.typography.QuoteAnalysis.Role;

import java.util.List;

/**
 * A quotation inside a quotation marked with the same kind of marks: "They try to "punish" Russia."
 * English alternates double and single marks (“He said ‘no’ twice”); with the same kind, a reader
 * (and every tool after this one) pairs the marks wrongly and sees the outer quotation end at
 * "to". Found only where the outer quotation is itself properly closed, so a missing mark is
 * reported as unbalanced instead. The fix turns the inner marks into the other kind, in their own
 * style; it needs review because the pairing of straight marks is inferred.
 */
public final class NestedQuotesRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("TYPOGRAPHY_NESTED_SAME_QUOTES", Category.TYPOGRAPHY,
            Severity.WARNING,
            "A quotation inside a quotation uses the same kind of marks",
            "A quotation nested inside another uses the same marks as the outer one, so a reader pairs them wrongly "
                    + "and the outer quotation seems to end early. English alternates: double marks outside, single "
                    + "inside (or the reverse in British style). The fix changes the inner marks to the other kind.",
            List.of(
                    Example.flags("\"The West tries to <marker>\"punish\"</marker> us,\" the spokesman said.", "'punish'"),
                    Example.flags("\u201CThey call it a <marker>\u201Cpeace plan\u201D</marker>, but it is not,\u201D she said.",
                            "\u2018peace plan\u2019"),
                    Example.flags("\u2018We heard him shout <marker>\u2018stop\u2019</marker> twice,\u2019 she said.",
                            "\u201Cstop\u201D"),
                    Example.accepts("\u201CHe said \u2018no\u2019 twice,\u201D she said."),
                    Example.accepts("\"The West tries to 'punish' us,\" the spokesman said."),
                    Example.accepts("He called it \"a farce\" and she called it \"a disgrace\"."),
                    Example.accepts("\u2018The players\u2019 union is not happy,\u2019 he said.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        QuoteAnalysis quotes = QuoteAnalysis.of(document);
        String text = document.text();
        for (Pair pair : quotes.pairs()) {
            Pair parent = pair.parent();
            Kind kind = pair.open().kind();
            if (parent == null || kind == Kind.GUILLEMET || parent.open().kind() != kind) {
                continue;
            }
            Kind other = kind == Kind.DOUBLE ? Kind.SINGLE : Kind.DOUBLE;
            Mark open = pair.open();
            Mark close = pair.close();
            String inner = text.substring(open.index() + 1, close.index());
            String fixed = QuoteAnalysis.glyph(other, Role.OPEN, open.style()) + inner
                    + QuoteAnalysis.glyph(other, Role.CLOSE, close.style());
            out.add(Match.of(open.index(), close.index() + 1,
                    "A quotation inside a quotation with the same " + (kind == Kind.DOUBLE ? "double" : "single")
                            + " marks; use " + (other == Kind.DOUBLE ? "double" : "single") + " marks inside.",
                    new Edit(open.index(), close.index() + 1, fixed, Edit.REVIEW)));
        }
    }
}
