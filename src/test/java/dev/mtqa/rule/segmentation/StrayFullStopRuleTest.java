package dev.mtqa.rule.segmentation;

import dev.mtqa.rule.Match;
import dev.mtqa.rule.typography.RuleRunner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StrayFullStopRuleTest {
    private final StrayFullStopRule rule = new StrayFullStopRule();

    @Test
    void offersDeletionFirstAndCapitalisationSecond() {
        String text = "after a disagreement over the city ahead. host talks.";
        List<Match> matches = RuleRunner.run(rule, text);
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(". host");
            assertThat(m.edits()).extracting(e -> e.replacement()).containsExactly(" host", ". Host");
            assertThat(m.edits()).allSatisfy(e -> assertThat(e.safe()).isFalse());
        });
    }

    @Test
    void keepsTheOriginalSpacing() {
        assertThat(RuleRunner.fixed(rule, "the city ahead.\u00A0 host talks")).isEqualTo("the city ahead\u00A0 host talks");
    }

    @Test
    void aTextThatNeverCapitalisesIsLeftAlone() {
        String text = "we met at noon. the talks went well. nobody left early. the end came fast. all good.";
        assertThat(RuleRunner.run(rule, text)).isEmpty();
    }

    @Test
    void oneSlipInACapitalisedTextIsFound() {
        String text = "We met at noon. The talks went well. Nobody left. they ended. All good. Fine. Done.";
        assertThat(RuleRunner.flagged(rule, text)).containsExactly(". they");
    }

    @Test
    void abbreviationsAndQuotesAtTheStop() {
        assertThat(RuleRunner.flagged(rule,
                "Sen. smith, Acme Corp. and friends, Oct. and Nov. sales, approx. ten, ca. five.")).isEmpty();
        assertThat(RuleRunner.flagged(rule, "He called it \u201Cfake\u201D. the minister disagreed."))
                .containsExactly(". the");
    }

    @Test
    void survivesEdgeCases() {
        assertThat(RuleRunner.run(rule, "")).isEmpty();
        assertThat(RuleRunner.run(rule, ".")).isEmpty();
        assertThat(RuleRunner.run(rule, ". a")).isEmpty();
        assertThat(RuleRunner.run(rule, "\u0000 ab. cd")).hasSize(1);
    }
}
