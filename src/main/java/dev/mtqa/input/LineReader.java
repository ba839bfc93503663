package dev.mtqa.input;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines keeping their terminators ({@code \n}, {@code \r\n}, {@code \r} or none at the end
 * of input), so that a file rewritten line by line keeps every byte it was not asked to change.
 */
final class LineReader {
    /** A line's content and the terminator that followed it (empty for the last line without one). */
    record Line(String content, String terminator) {
    }

    private final Reader in;
    private int peeked = -2;

    LineReader(Reader in) {
        this.in = in;
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c = read();
        if (c == -1) {
            return null;
        }
        while (c != -1) {
            if (c == '\n') {
                return new Line(sb.toString(), "\n");
            }
            if (c == '\r') {
                int d = read();
                if (d == '\n') {
                    return new Line(sb.toString(), "\r\n");
                }
                peeked = d;
                return new Line(sb.toString(), "\r");
            }
            sb.append((char) c);
            c = read();
        }
        return new Line(sb.toString(), "");
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }
}
