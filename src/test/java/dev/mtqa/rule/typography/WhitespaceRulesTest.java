package dev.mtqa.rule.typography;

import org.junit.jupiter.api.Test;

import static dev.mtqa.rule.typography.RuleRunner.fixed;
import static dev.mtqa.rule.typography.RuleRunner.flagged;
import static org.assertj.core.api.Assertions.assertThat;

class WhitespaceRulesTest {

    @Test
    void doubleSpacesAreCollapsedButIndentationIsKept() {
        String text = "  \u2013 Oops!\n    Something  went wrong.\r\nDone.  ";
        assertThat(fixed(new DoubleSpaceRule(), text)).isEqualTo("  \u2013 Oops!\n    Something went wrong.\r\nDone.  ");
    }

    @Test
    void columnsAreNotDoubleSpaces() {
        assertThat(flagged(new DoubleSpaceRule(), "Team      Won   Lost\nArsenal   10    2\nA  B")).containsExactly("  ");
    }

    @Test
    void trailingWhitespaceBeforeEveryKindOfLineBreak() {
        String text = "one \r\ntwo\t\rthree  \nfour\u2003\nfive \u00A0\nsix";
        assertThat(fixed(new TrailingWhitespaceRule(), text)).isEqualTo("one\r\ntwo\rthree\nfour\nfive \u00A0\nsix");
    }

    @Test
    void whitespaceOnlyLineIsTrailingWhitespace() {
        assertThat(flagged(new TrailingWhitespaceRule(), "a\n   \nb")).containsExactly("   ");
    }

    @Test
    void spaceBeforePunctuationAndSplitClitics() {
        String text = "Russia 's offer , they said , was fair . Do n't ask ( he said ) why ; we 're done ! "
                + "Really ? The note [ sic ] said : the Kremlin \u2019s 1 % \u201cbest\u201d .";
        assertThat(fixed(new SpaceBeforePunctuationRule(), text))
                .isEqualTo("Russia's offer, they said, was fair. Don't ask ( he said) why; we're done! "
                        + "Really? The note [ sic] said: the Kremlin\u2019s 1 % \u201cbest\u201d.");
    }

    @Test
    void spaceBeforePunctuationLeavesNumbersUrlsAndEllipsesAlone() {
        assertThat(flagged(new SpaceBeforePunctuationRule(),
                "Rates of 1 . 5 and .5 percent at 10 :30 on example .com ... and :) and ' quoted ' too")).isEmpty();
    }
}
