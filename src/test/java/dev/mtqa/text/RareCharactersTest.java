package dev.mtqa.text;

import dev.mtqa.RandomText;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RareCharactersTest {
    private static boolean rare(char c) {
        return !(c >= ' ' && c <= '~' || c == '\n');
    }

    @Test
    void printableAsciiAndLineFeedsAreNotRareAndEverythingElseIs() {
        RareCharacters rare = RareCharacters.of("Kyiv\n\t\u00a0\r\u007f~ \u001f\ud83d\ude00");
        assertThat(rare.next(0)).isEqualTo(5);
        assertThat(rare.next(6)).isEqualTo(6);
        assertThat(rare.next(8)).isEqualTo(8);
        assertThat(rare.next(9)).isEqualTo(11);
        assertThat(rare.next(14)).isEqualTo(14);
        assertThat(rare.next(0)).isGreaterThanOrEqualTo(5);
        assertThat(rare.next(9)).isGreaterThanOrEqualTo(11);
        assertThat(RareCharacters.of("").next(0)).isZero();
    }

    @Test
    void nextIsTheFirstRareCharacterAtOrAfterOnRandomText() {
        String alphabet = "a ~\n\t\r\u001f\u007f\u0080\u00e9\u2019\ud83d\ude00";
        Random random = new Random(13);
        for (int round = 0; round < 3_000; round++) {
            String text = RandomText.of(random, alphabet, random.nextInt(30));
            RareCharacters rare = RareCharacters.of(text);
            for (int from = 0; from <= text.length() + 1; from++) {
                int expected = from;
                while (expected < text.length() && !rare(text.charAt(expected))) {
                    expected++;
                }
                assertThat(rare.next(from)).as("'%s' from %d", text, from).isEqualTo(Math.min(expected, text.length()));
            }
        }
    }
}
