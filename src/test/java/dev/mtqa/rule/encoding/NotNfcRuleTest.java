package dev.mtqa.rule.encoding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotNfcRuleTest {
    private final NotNfcRule rule = new NotNfcRule();

    @Test
    void decomposedLettersAreComposed() {
        String text = "Cafe\u0301 in Mu\u0308nchen and Nguye\u0302\u0303n, \u212b and \u2126.";
        assertThat(RuleRun.flagged(rule, text)).containsExactly("e\u0301", "u\u0308", "e\u0302\u0303", "\u212b", "\u2126");
        assertThat(RuleRun.fixed(rule, text)).isEqualTo("Caf\u00e9 in M\u00fcnchen and Nguy\u1ec5n, \u00c5 and \u03a9.");
    }

    @Test
    void composedAndUncomposableTextIsLeftAlone() {
        assertThat(RuleRun.flagged(rule, "Caf\u00e9, \ud55c\uad6d\uc5b4, q\u0307, \u0915\u093f, \ud83d\udc4d\ud83c\udffd")).isEmpty();
    }

    @Test
    void manySegmentsStayLinear() {
        String text = "e\u0301 ".repeat(20_000);
        assertThat(RuleRun.matches(rule, text)).hasSize(20_000);
    }
}
