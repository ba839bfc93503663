package dev.mtqa.rule.encoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LookalikeLetterRuleTest {
    private final LookalikeLetterRule rule = new LookalikeLetterRule();

    @Test
    void lookalikesInLatinWordsAreReplaced() {
        String text = "Ukr\u0430ine, Ky\u0456v, \u0405\u0415\u0421URITY, \u039dATO, Z\u0435lenskyy and \u0410pple.";
        assertThat(RuleRun.fixed(rule, text)).isEqualTo("Ukraine, Kyiv, SECURITY, NATO, Zelenskyy and Apple.");
    }

    @Test
    void caseIsKept() {
        assertThat(Lookalikes.latinFor('\u0406')).isEqualTo('I');
        assertThat(Lookalikes.latinFor('\u0456')).isEqualTo('i');
        assertThat(Lookalikes.latinFor('\u0430')).isEqualTo('a');
        assertThat(Lookalikes.latinFor('\u0410')).isEqualTo('A');
        assertThat(Lookalikes.latinFor('\u0451')).isEqualTo('\u00eb');
        assertThat(Lookalikes.latinFor('\u0436')).isEqualTo(-1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\u041a\u0438\u0457\u0432 \u0412\u0406\u041a\u0406 \u0421\u0410\u041c \u0440\u043e\u0441 \u0410\u043e",
        "5 \u03bcg, 10 k\u03a9, \u0394T, the \u03b1-helix, Omicron (\u03bf), \u03c0r\u00b2",
        "Zelenskyy, S\u00e3o Paulo, M\u00fcller, Nguy\u1ec5n, \u0141\u00f3d\u017a, I\u011fd\u0131r",
        "Mixed with no look-alike: Zelenskyy\u0439 stays for the untranslated rule"})
    void wholeForeignWordsAndRealSymbolsAreLeftAlone(String text) {
        assertThat(RuleRun.flagged(rule, text)).isEmpty();
    }

    @Test
    void aTieGoesToTheScriptOfTheLine() {
        // Latin K and Cyrillic o in one two-letter word: Latin on an English line, not on a Russian one.
        assertThat(RuleRun.fixed(rule, "Greetings to K\u043e from here")).isEqualTo("Greetings to Ko from here");
        assertThat(RuleRun.flagged(rule, "\u041f\u0440\u0438\u0432\u0435\u0442 K\u043e \u043e\u0442 \u043d\u0430\u0441")).isEmpty();
    }
}
