package dev.mtqa.rule.segmentation;

import dev.mtqa.rule.typography.RuleRunner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectlessFragmentRuleTest {
    private final SubjectlessFragmentRule rule = new SubjectlessFragmentRule();

    @Test
    void findsFragmentsAfterAuxiliariesAndAdverbs() {
        assertThat(RuleRunner.flagged(rule, "The port was shelled. Was reportedly hit twice. Has not been repaired."))
                .containsExactly("Was reportedly hit twice.", "Has not been repaired.");
        assertThat(RuleRunner.flagged(rule, "Talks stalled. Didn\u2019t resume until May."))
                .containsExactly("Didn\u2019t resume until May.");
    }

    @Test
    void leavesQuestionsInversionsAndQuotedSpeechAlone() {
        assertThat(RuleRunner.flagged(rule, "Is it over? Did the talks fail! Has Russia agreed."
                + " Had the deal been signed, the war would have ended. \"Was asleep. Did not hear a thing.\"")).isEmpty();
    }

    @Test
    void leavesListItemsAndHeadlinesAlone() {
        assertThat(RuleRunner.flagged(rule, "- Is expected to rise.\n2) Was seized in 2014.\nWill be held in June")).isEmpty();
    }
}
