package dev.mtqa.input;

import org.junit.jupiter.api.Test;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTest {

    @Test
    void keepsEveryKindOfTerminatorAndTheLastLineWithoutOne() throws IOException {
        assertThat(lines(new StringReader("a\nb\r\nc\rd"))).containsExactly("a|\n", "b|\r\n", "c|\r", "d|");
    }

    @Test
    void emptyLinesAndTrailingNewline() throws IOException {
        assertThat(lines(new StringReader("\n\r\n\nx\n"))).containsExactly("|\n", "|\r\n", "|\n", "x|\n");
        assertThat(lines(new StringReader(""))).isEmpty();
    }

    @Test
    void sameLinesWhenTheReaderHandsOutOneCharacterAtATime() throws IOException {
        // A CR at the end of one read and its LF at the start of the next must stay one CRLF.
        String text = "first\r\nsecond\rthird\n\r\nlast";
        assertThat(lines(new OneCharAtATime(new StringReader(text)))).isEqualTo(lines(new StringReader(text)));
    }

    @Test
    void aLineLongerThanTheBufferIsReadWhole() throws IOException {
        String longLine = "x".repeat(200_000);
        assertThat(lines(new StringReader(longLine + "\r\n" + longLine)))
                .containsExactly(longLine + "|\r\n", longLine + "|");
    }

    private static List<String> lines(Reader reader) throws IOException {
        LineReader lines = new LineReader(reader);
        List<String> out = new ArrayList<>();
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            out.add(line.content() + "|" + line.terminator());
        }
        return out;
    }

    private static final class OneCharAtATime extends FilterReader {
        OneCharAtATime(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            return super.read(cbuf, off, Math.min(len, 1));
        }
    }
}
