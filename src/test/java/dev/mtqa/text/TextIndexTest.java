package dev.mtqa.text;

import dev.mtqa.RandomText;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TextIndexTest {

    @Test
    void bmpTextHasIdenticalIndicesAndOffsets() {
        TextIndex index = new TextIndex("Kyiv talks\nresumed");
        assertThat(index.toCodePoint(12)).isEqualTo(12);
        assertThat(index.toCharIndex(12)).isEqualTo(12);
        assertThat(index.position(11)).isEqualTo(new Position(2, 1));
        assertThat(index.position(13)).isEqualTo(new Position(2, 3));
    }

    @Test
    void emojiCountAsOneCodePoint() {
        String text = "A \uD83D\uDE00 B \uD83C\uDDFA\uD83C\uDDE6 Kiev";
        TextIndex index = new TextIndex(text);
        int kiev = text.indexOf("Kiev");
        int expected = text.codePointCount(0, kiev);
        assertThat(index.toCodePoint(kiev)).isEqualTo(expected);
        assertThat(index.toCharIndex(expected)).isEqualTo(kiev);
        assertThat(index.position(kiev)).isEqualTo(new Position(1, expected + 1));
        assertThat(index.codePointLength()).isEqualTo(text.codePointCount(0, text.length()));
    }

    @Test
    void everyCodePointOffsetRoundTrips() {
        String text = "\uD83D\uDE00x\r\n\uD801\uDC37\uD801\uDC37y\rz\n";
        TextIndex index = new TextIndex(text);
        for (int cp = 0; cp <= index.codePointLength(); cp++) {
            int ch = index.toCharIndex(cp);
            assertThat(ch).as("offset %d", cp).isEqualTo(text.offsetByCodePoints(0, cp));
            assertThat(index.toCodePoint(ch)).as("offset %d", cp).isEqualTo(cp);
            assertThat(text.codePointCount(0, ch)).isEqualTo(cp);
        }
    }

    @Test
    void anOffsetJustAfterAnAstralCharacterIsNeverInsideItsSurrogatePair() {
        String text = "\uD83D\uDE00x\uD835\uDD18y\uD800z";
        TextIndex index = new TextIndex(text);
        for (int cp = 0; cp <= index.codePointLength(); cp++) {
            assertThat(index.toCharIndex(cp)).as("offset %d", cp).isEqualTo(text.offsetByCodePoints(0, cp));
        }
    }

    @Test
    void crlfAndLoneCrEndLines() {
        String text = "one\r\ntwo\rthree\nfour";
        TextIndex index = new TextIndex(text);
        assertThat(index.lineCount()).isEqualTo(4);
        assertThat(index.position(text.indexOf("two"))).isEqualTo(new Position(2, 1));
        assertThat(index.position(text.indexOf("three"))).isEqualTo(new Position(3, 1));
        assertThat(index.position(text.indexOf("four") + 2)).isEqualTo(new Position(4, 3));
        assertThat(index.line(0).of(text)).isEqualTo("one");
        assertThat(index.lineWithBreak(0).of(text)).isEqualTo("one\r\n");
    }

    @Test
    void columnsAfterAnEmojiOnAnEarlierLineAreUnaffected() {
        String text = "\uD83D\uDE00\uD83D\uDE00\nKiev";
        TextIndex index = new TextIndex(text);
        assertThat(index.position(text.indexOf("Kiev"))).isEqualTo(new Position(2, 1));
        assertThat(index.position(text.length())).isEqualTo(new Position(2, 5));
    }

    @Test
    void endOfTextIsAValidPosition() {
        TextIndex index = new TextIndex("ab\n");
        assertThat(index.position(3)).isEqualTo(new Position(2, 1));
    }
    @Test
    void linesAndOffsetsAreThoseOfTheDefinitionOnRandomText() {
        // Line breaks of every kind, astral characters, lone surrogates and characters on both
        // sides of the ranges the scan skips.
        String alphabet = "ab \n\r\t\u000b\u000e\u00e9\ud7ff\ud83d\ude00\udc00\ue000\uffff";
        Random random = new Random(5);
        for (int round = 0; round < 3_000; round++) {
            String text = RandomText.of(random, alphabet, random.nextInt(40));
            TextIndex index = new TextIndex(text);
            String[] lines = text.split("\r\n|\r|\n", -1);
            assertThat(index.lineCount()).as("%s", text).isEqualTo(lines.length);
            int start = 0;
            for (int line = 0; line < lines.length; line++) {
                assertThat(index.line(line)).as("line %d of %s", line, text)
                        .isEqualTo(new Span(start, start + lines[line].length()));
                start = index.lineWithBreak(line).end();
            }
            for (int i = 0; i <= text.length(); i++) {
                if (i == 0 || i == text.length() || !Character.isSurrogatePair(text.charAt(i - 1), text.charAt(i))) {
                    assertThat(index.toCodePoint(i)).isEqualTo(text.codePointCount(0, i));
                }
            }
            assertThat(index.codePointLength()).isEqualTo(text.codePointCount(0, text.length()));
        }
    }
}
