package dev.mtqa.rule.script;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransliterationTest {
    @Test
    void givesIcusAnswerWhetherOrNotTheTextWasSeenRecently() {
        Transliterator icu = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        // Twice as many distinct strings as are kept, asked three times over: hits, misses and evictions.
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 2 * Transliteration.CACHE_SIZE; i += 7) {
                String text = "\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a " + i + " \u5317\u4eac";
                assertThat(Transliteration.toLatin(text)).isEqualTo(icu.transliterate(text));
            }
        }
        assertThat(Transliteration.toLatin("\u041a\u0438\u0435\u0432")).isEqualTo("Kiev");
    }

    @Test
    void longTextIsCutAndMarked() {
        String text = "\u0436".repeat(Transliteration.MAX_LENGTH + 10);
        String latin = Transliteration.toLatin(text);
        assertThat(latin).isEqualTo("z".repeat(Transliteration.MAX_LENGTH) + "\u2026");
    }
}
