package dev.mtqa.input;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines keeping their terminators ({@code \n}, {@code \r\n}, {@code \r} or none at the end
 * of input), so that a file rewritten line by line keeps every byte it was not asked to change.
 *
 * <p>It scans its own buffer rather than calling {@link Reader#read()} per character: that call
 * takes a lock each time, and on a JSONL corpus it was most of the time spent reading.
 */
final class LineReader {
    /** A line's content and the terminator that followed it (empty for the last line without one). */
    record Line(String content, String terminator) {
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;

    LineReader(Reader in) {
        this.in = in;
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
        if (!fill()) {
            return null;
        }
        StringBuilder sb = null;
        while (true) {
            int i = position;
            while (i < limit && buffer[i] != '\n' && buffer[i] != '\r') {
                i++;
            }
            if (i < limit) {
                String content = take(sb, i);
                char terminator = buffer[i];
                position = i + 1;
                if (terminator == '\n') {
                    return new Line(content, "\n");
                }
                if (fill() && buffer[position] == '\n') {
                    position++;
                    return new Line(content, "\r\n");
                }
                return new Line(content, "\r");
            }
            // The line goes on past the buffer: keep what we have and read more.
            if (sb == null) {
                sb = new StringBuilder(limit - position + 128);
            }
            sb.append(buffer, position, limit - position);
            position = limit;
            if (!fill()) {
                return new Line(sb.toString(), "");
            }
        }
    }

    private String take(StringBuilder sb, int end) {
        if (sb == null) {
            return new String(buffer, position, end - position);
        }
        return sb.append(buffer, position, end - position).toString();
    }

    /** Makes at least one character available; false at the end of input. */
    private boolean fill() throws IOException {
        while (position >= limit) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return false;
            }
            position = 0;
            limit = n;
        }
        return true;
    }
}
