package dev.mtqa.rule.encoding;

import dev.mtqa.text.RareCharacters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control, invisible and lost-character rules jump from rare character to rare character
 * ({@link RareCharacters}); that skips nothing only if every character they look for is rare.
 */
class RareCharacterJumpsTest {
    private static boolean rare(int codePoint) {
        return RareCharacters.of(new String(Character.toChars(codePoint))).next(0) == 0;
    }

    @Test
    void everyFlaggedControlCharacterIsRare() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (ControlCharacterRule.isFlagged((char) c)) {
                assertThat(rare(c)).as("U+%04X", c).isTrue();
            }
        }
    }

    @Test
    void everyInvisibleCharacterStartsWithARareUnit() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (InvisibleCharacterRule.isInvisible(cp)) {
                assertThat(rare(cp)).as("U+%04X", cp).isTrue();
            }
        }
    }

    @Test
    void theLostCharacterMarksAreRare() {
        assertThat(rare('\uFFFD')).isTrue();
        assertThat(rare('\u001A')).isTrue();
    }
}
