package dev.mtqa.input;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTest {

    @Test
    void keepsEveryKindOfTerminatorAndTheLastLineWithoutOne() throws IOException {
        assertThat(lines(bytes("a\nb\r\nc\rd"))).containsExactly("a|\n", "b|\r\n", "c|\r", "d|");
    }

    @Test
    void emptyLinesAndTrailingNewline() throws IOException {
        assertThat(lines(bytes("\n\r\n\nx\n"))).containsExactly("|\n", "|\r\n", "|\n", "x|\n");
        assertThat(lines(bytes(""))).isEmpty();
    }

    @Test
    void sameLinesWhenTheStreamHandsOutOneByteAtATime() throws IOException {
        // A CR at the end of one read and its LF at the start of the next must stay one CRLF; a
        // character's bytes split between reads must stay one character.
        String text = "first\r\nsecond \u2019\rthird\n\r\nlast \u00e9";
        assertThat(lines(new OneByteAtATime(bytes(text)))).isEqualTo(lines(bytes(text)))
                .containsExactly("first|\r\n", "second \u2019|\r", "third|\n", "|\r\n", "last \u00e9|");
    }

    @Test
    void aLineLongerThanTheBufferIsReadWhole() throws IOException {
        String longLine = "x".repeat(200_000) + "\u00e9".repeat(70_000);
        assertThat(lines(bytes(longLine + "\r\n" + longLine)))
                .containsExactly(longLine + "|\r\n", longLine + "|");
        assertThat(lines(new OneByteAtATime(bytes(longLine)))).containsExactly(longLine + "|");
    }

    @Test
    void aLineLongerThanAskedIsPassedOverWithItsLengthAndTheNextIsReadWhole() throws IOException {
        String longLine = "y".repeat(150_000);
        String text = "short\n" + longLine + "\r\n" + "x".repeat(100) + "\n" + longLine;
        for (InputStream in : List.of(bytes(text), new OneByteAtATime(bytes(text)))) {
            LineReader reader = new LineReader(in);
            assertThat(reader.next(100).content()).asString(StandardCharsets.UTF_8).isEqualTo("short");
            LineReader.Line passed = reader.next(100);
            assertThat(passed.tooLong()).isTrue();
            assertThat(passed.length()).isEqualTo(150_000);
            assertThat(passed.terminator()).isEqualTo("\r\n");
            LineReader.Line atTheLimit = reader.next(100);
            assertThat(atTheLimit.tooLong()).isFalse();
            assertThat(atTheLimit.length()).isEqualTo(100);
            LineReader.Line last = reader.next(100);
            assertThat(last.tooLong()).isTrue();
            assertThat(last.length()).isEqualTo(150_000);
            assertThat(last.terminator()).isEmpty();
            assertThat(reader.next(100)).isNull();
        }
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> lines(InputStream in) throws IOException {
        LineReader lines = new LineReader(in);
        List<String> out = new ArrayList<>();
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            out.add(new String(line.content(), StandardCharsets.UTF_8) + "|" + line.terminator());
        }
        return out;
    }

    private static final class OneByteAtATime extends FilterInputStream {
        OneByteAtATime(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 1));
        }
    }
}
