package dev.mtqa.rule.encoding;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import dev.mtqa.RandomText;
import dev.mtqa.text.RareCharacters;
import org.junit.jupiter.api.Test;

import java.util.Random;

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

    /**
     * What the shortcut for text without interacting characters relies on, in ICU's own data:
     * below U+0300 every character is Yes to the NFC quick check, of combining class 0, and no two
     * compose.
     */
    @Test
    void charactersBelowTheFirstCombiningMarkNeitherChangeNorCompose() {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        for (int a = 0; a < NotNfcRule.FIRST_INTERACTING; a++) {
            assertThat(nfc.getCombiningClass(a)).as("U+%04X", a).isZero();
            assertThat(nfc.quickCheck(new String(Character.toChars(a)))).as("U+%04X", a).isEqualTo(Normalizer.YES);
            for (int b = 0; b < NotNfcRule.FIRST_INTERACTING; b++) {
                if (nfc.composePair(a, b) >= 0) {
                    throw new AssertionError(String.format("U+%04X U+%04X compose", a, b));
                }
            }
        }
    }

    @Test
    void textTheShortcutPassesIsInNormalFormCAndTheRuleFindsNothingInIt() {
        // Latin, quotation marks and dashes (inert), combining marks, pairs that compose as
        // starters (Hangul jamo, Oriya vowel signs), singletons, surrogates paired and lone.
        String alphabet = "aeAE \u00e9\u00c5\u0301\u0308\u2019\u201c\u2014\u20ac\u1100\u1161\uac00"
                + "\u0b47\u0b3e\u212b\u2126\ud83d\udc4d\udc00";
        Random random = new Random(29);
        int passed = 0;
        for (int round = 0; round < 20_000; round++) {
            String text = RandomText.of(random, alphabet, random.nextInt(12));
            boolean inert = NotNfcRule.inertOnly(text, RareCharacters.of(text));
            if (inert) {
                passed++;
                assertThat(Normalizer2.getNFCInstance().isNormalized(text)).as("%s", text).isTrue();
            }
            if (!Normalizer2.getNFCInstance().isNormalized(text)) {
                assertThat(inert).as("%s", text).isFalse();
                assertThat(RuleRun.flagged(rule, text)).as("%s", text).isNotEmpty();
            }
        }
        assertThat(passed).isGreaterThan(1_000);
    }
}
