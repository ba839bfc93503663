package dev.mtqa.rule.typography;

import org.junit.jupiter.api.Test;

import static dev.mtqa.rule.typography.RuleRunner.fixed;
import static dev.mtqa.rule.typography.RuleRunner.flagged;
import static org.assertj.core.api.Assertions.assertThat;

class QuoteRulesTest {
    private static final String MIXED = "'Business as usual' is over, she said.\n"
            + "\u201CNo, we stopped long ago,\u201D she said.\n"
            + "\"We proceed from our interests,\" she said.\n\n"
            + "\u201CYes, this is not our choice,\" she added.";

    @Test
    void mismatchedAndMixedFixesAgreeOnTheMajorityStyle() {
        // Straight marks are the majority: the mismatched pair's curly opening mark and the two curly
        // marks of the second line all become straight, so applying both rules' fixes leaves one style.
        assertThat(flagged(new MismatchedQuotesRule(), MIXED)).containsExactly("\u201CYes, this is not our choice,\"");
        assertThat(flagged(new MixedQuoteStyleRule(), MIXED)).containsExactly("\u201C", "\u201D");
        String once = fixed(new MixedQuoteStyleRule(), MIXED);
        String twice = fixed(new MismatchedQuotesRule(), once);
        assertThat(twice).doesNotContain("\u201C", "\u201D");
        assertThat(flagged(new MixedQuoteStyleRule(), twice)).isEmpty();
        assertThat(flagged(new MismatchedQuotesRule(), twice)).isEmpty();
    }

    @Test
    void mixedStyleConvertsStraightToCurlyByRole() {
        String text = "\u201CIt\u2019s over,\u201D he said. \u201CWe\u2019re done.\u201D Then: 'go home' and don't.";
        assertThat(fixed(new MixedQuoteStyleRule(), text))
                .isEqualTo("\u201CIt\u2019s over,\u201D he said. \u201CWe\u2019re done.\u201D Then: \u2018go home\u2019 and don\u2019t.");
    }

    @Test
    void nestedFixUsesTheOtherKindInTheSameStyle() {
        String text = "\"Instead, the elites try to \"punish\" Russia and isolate it.\"";
        assertThat(fixed(new NestedQuotesRule(), text))
                .isEqualTo("\"Instead, the elites try to 'punish' Russia and isolate it.\"");
    }

    @Test
    void nestedIsNotReportedWhenTheOuterQuotationIsUnclosed() {
        assertThat(flagged(new NestedQuotesRule(), "\"They try to \"punish\" Russia, he said.")).isEmpty();
        assertThat(flagged(new UnbalancedQuoteRule(), "\"They try to \"punish\" Russia, he said.")).hasSize(1);
    }

    @Test
    void unclosedQuoteIsClosedAtTheEndOfItsParagraph() {
        String text = "Putin said, \u2018I believe that we are right.\u00A0 And we have no option.  \n\nNext paragraph.";
        assertThat(fixed(new UnbalancedQuoteRule(), text))
                .isEqualTo("Putin said, \u2018I believe that we are right.\u00A0 And we have no option.\u2019  \n\nNext paragraph.");
    }

    @Test
    void strayClosingQuoteHasNoFix() {
        assertThat(RuleRunner.run(new UnbalancedQuoteRule(), "The plan is fair\u201D, he said."))
                .singleElement().satisfies(m -> assertThat(m.edits()).isEmpty());
    }
}
