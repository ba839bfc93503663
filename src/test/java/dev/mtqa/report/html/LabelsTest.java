package dev.mtqa.report.html;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {
    @Test
    void wordsAreRunsOfLettersAndDigitsWithInnerApostrophesAndHyphens() {
        assertThat(Labels.words("")).isZero();
        assertThat(Labels.words("Kyiv's long-range 2024 plan")).isEqualTo(4);
        assertThat(Labels.words("rock 'n' roll - a -b c-")).isEqualTo(6);
        assertThat(Labels.words("\u041a\u0438\u0457\u0432 \u2014 caf\u00e9 \ud835\udc00x")).isEqualTo(3);
    }

    /** Characters words are told by: ASCII of every kind, letters and digits beyond it, surrogates. */
    private static final String ALPHABET = "aZ09 '-_.\u2019\t\n\u00e9\u00a0\u0301\u0660\u2014\ud835\udc00\ud83d\ude00";

    @Test
    void countsAsTheScanOfCodePointsItReplacedOnRandomText() {
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < random.nextInt(30); i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String t = text.toString();
            assertThat(Labels.words(t)).as(t).isEqualTo(codePointWords(t));
        }
    }

    /** The count as first written, kept as the reference: every character read through Unicode's tables. */
    private static int codePointWords(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (!(inWord && (c == '\'' || c == '\u2019' || c == '-') && i < text.length()
                    && Character.isLetterOrDigit(text.codePointAt(i)))) {
                inWord = false;
            }
        }
        return words;
    }
}
