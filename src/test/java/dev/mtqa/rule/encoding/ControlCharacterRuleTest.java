package dev.mtqa.rule.encoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharacterRuleTest {
    private final ControlCharacterRule rule = new ControlCharacterRule();

    @Test
    void c1ControlsBecomeTheirWindows1252Characters() {
        assertThat(RuleRun.fixed(rule, "It\u0092s \u0093quoted\u0094 \u0085 \u0080 5 \u0096 6"))
                .isEqualTo("It\u2019s \u201cquoted\u201d \u2026 \u20ac 5 \u2013 6");
    }

    @Test
    void undefinedWindows1252BytesAreOnlyOfferedForReview() {
        String text = "odd \u0081 byte";
        assertThat(RuleRun.flagged(rule, text)).containsExactly("\u0081");
        assertThat(RuleRun.fixed(rule, text)).isEqualTo(text);
    }

    @Test
    void otherControlsAreDeletedOrBecomeLineBreaks() {
        assertThat(RuleRun.fixed(rule, "a\u0000b\u0007c\u007fd\u000be\u000c\nf\u2028g\u001b[1;31mred\u001b[0m"))
                .isEqualTo("abcd\ne\nf\ngred");
    }

    @Test
    void tabsLineBreaksAndSubstituteAreNotControlsHere() {
        assertThat(RuleRun.flagged(rule, "a\tb\r\nc\nd\u001ae")).isEmpty();
    }

    @Test
    void bytesOfMojibakeAreLeftToTheMojibakeRule() {
        assertThat(RuleRun.flagged(rule, "\u00e2\u0080\u009cquoted\u00e2\u0080\u009d and \u00d0\u00b0\u00d1\u0081")).isEmpty();
    }
}
