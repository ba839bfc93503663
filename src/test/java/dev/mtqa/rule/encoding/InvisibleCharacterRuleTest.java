package dev.mtqa.rule.encoding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class InvisibleCharacterRuleTest {
    private final InvisibleCharacterRule rule = new InvisibleCharacterRule();

    @Test
    void strayInvisiblesAreDeleted() {
        String text = "\ufeffUkr\u200baine\u00ad and Rus\u2060sia\u200e\u200f met;\u202a embedded\u202c; Kyiv\u200d\u200c.";
        assertThat(RuleRun.fixed(rule, text)).isEqualTo("Ukraine and Russia met; embedded; Kyiv.");
    }

    @Test
    void adjacentInvisiblesAreOneFinding() {
        assertThat(RuleRun.flagged(rule, "a\u200b\u200b\u00adb")).containsExactly("\u200b\u200b\u00ad");
    }

    @Test
    void softHyphensInQuotedGermanCompoundsAreFlaggedToo() {
        // A hyphenation hint for HTML renderers; plain text has no use for it.
        assertThat(RuleRun.fixed(rule, "the \u201cRind\u00adfleisch\u00adetikettierungs\u00adgesetz\u201d law"))
                .isEqualTo("the \u201cRindfleischetikettierungsgesetz\u201d law");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Emoji sequences: family, profession with variation selector, skin tone, rainbow flag, Scotland.
        "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 \ud83d\udc69\u200d\u2695\ufe0f \ud83d\udc4d\ud83c\udffd\u200d"
                + "\ud83d\udd25 \ud83c\udff3\ufe0f\u200d\ud83c\udf08 \ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc73"
                + "\udb40\udc63\udb40\udc74\udb40\udc7f",
        // Persian non-joiner, Hindi and Malayalam joiners.
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \u0915\u094d\u200d\u0937 \u0d28\u0d4d\u200d",
        // Thai and Japanese word boundaries.
        "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35\u200b\u0e04\u0e23\u0e31\u0e1a \u6771\u4eac\u200b\u30bf\u30ef\u30fc",
        // Direction marks on a line with Hebrew or Arabic.
        "Netanyahu (\u05e0\u05ea\u05e0\u05d9\u05d4\u05d5\u200e) and \u2067\u0645\u0631\u062d\u0628\u0627\u2069 said"})
    void invisiblesThatDoWorkAreLeftAlone(String text) {
        assertThat(RuleRun.flagged(rule, text)).isEmpty();
    }

    @Test
    void aDirectionMarkOnALineWithoutRightToLeftTextIsFlagged() {
        assertThat(RuleRun.flagged(rule, "\u05e9\u05dc\u05d5\u05dd\nEnglish only\u200f here")).containsExactly("\u200f");
    }
}
