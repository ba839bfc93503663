package dev.mtqa.rule.grammar;

import dev.mtqa.RandomText;
import dev.mtqa.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Long texts are cut for LanguageTool where a reader would cut them, short ones not at all. */
class TextPiecesTest {

    @Test
    void aTextWithinTheLimitIsOnePiece() {
        assertThat(TextPieces.of("One line.\n\nTwo.", 15)).containsExactly(new Span(0, 15));
        assertThat(TextPieces.of("", 10)).containsExactly(new Span(0, 0));
    }

    @Test
    void aLongTextIsCutAfterItsLastParagraphBreakWithinTheLimit() {
        String text = "First para.\n\nSecond para.\nStill second.\n\nThird para is long.";
        List<Span> pieces = TextPieces.of(text, 45);
        assertThat(pieces.get(0).of(text)).isEqualTo("First para.\n\nSecond para.\nStill second.\n\n");
        assertThat(pieces.get(1).of(text)).isEqualTo("Third para is long.");
    }

    @Test
    void withoutAParagraphBreakTheLastLineBreakThenTheLastSpace() {
        String lines = "one line\ntwo line\nthree";
        assertThat(TextPieces.of(lines, 20).get(0).of(lines)).isEqualTo("one line\ntwo line\n");
        String words = "one two three four";
        assertThat(TextPieces.of(words, 10).get(0).of(words)).isEqualTo("one two ");
        String word = "abcdefghij";
        assertThat(TextPieces.of(word, 4)).containsExactly(new Span(0, 4), new Span(4, 8), new Span(8, 10));
    }

    @Test
    void aBlankLineOfWindowsBreaksCountsAndNoBreakOrPairIsCutInTwo() {
        String windows = "First para.\r\n\r\nSecond para.";
        assertThat(TextPieces.of(windows, 20).get(0).of(windows)).isEqualTo("First para.\r\n\r\n");
        String crlf = "abc\r\ndef";
        // The piece may end after "\r\n" (5) but not inside it (4): only the hard cut is left.
        assertThat(TextPieces.of(crlf, 4).get(0)).isEqualTo(new Span(0, 4));
        assertThat(TextPieces.of(crlf, 5).get(0).of(crlf)).isEqualTo("abc\r\n");
        String emoji = "abc\uD83D\uDE00def";
        assertThat(TextPieces.of(emoji, 4).get(0).of(emoji)).isEqualTo("abc");
    }

    @Test
    void piecesCoverTheTextInOrderWithinTheLimit() {
        Random random = new Random(31);
        for (int round = 0; round < 3_000; round++) {
            String text = RandomText.of(random, "ab \n\n\r\t.\uD83D\uDE00", random.nextInt(300));
            int limit = 2 + random.nextInt(40);
            List<Span> pieces = TextPieces.of(text, limit);
            int at = 0;
            for (Span piece : pieces) {
                assertThat(piece.start()).isEqualTo(at);
                assertThat(piece.length()).isLessThanOrEqualTo(limit);
                assertThat(piece.length() > 0 || text.isEmpty()).isTrue();
                at = piece.end();
            }
            assertThat(at).as(text).isEqualTo(text.length());
        }
    }

    @Test
    void aLimitBelowTwoIsRefused() {
        assertThatThrownBy(() -> TextPieces.of("abc", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
