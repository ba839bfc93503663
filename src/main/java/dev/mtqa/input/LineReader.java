package dev.mtqa.input;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads lines of bytes keeping their terminators ({@code \n}, {@code \r\n}, {@code \r} or none at
 * the end of input), so that a file rewritten line by line keeps every byte it was not asked to
 * change. Lines are split before they are decoded: in UTF-8 the bytes of CR and LF occur only as
 * those characters, never inside another's encoding.
 *
 * <p>It scans its own buffer rather than reading a byte at a time, and hands out bytes rather than
 * strings: a JSONL line is parsed straight from its bytes ({@link JsonlRecord#load}), and decoding
 * each line into a string first was a tenth of a {@code --no-grammar} run.
 */
final class LineReader implements Closeable {
    /**
     * A line's bytes and the terminator that followed it (empty for the last line without one);
     * {@code content} is null when the line was longer than the reader was asked to keep, and
     * {@code length} is its length in bytes either way.
     */
    record Line(byte[] content, String terminator, long length) {
        /** True when the line's bytes were passed over, not kept ({@link #next(long)}). */
        boolean tooLong() {
            return content == null;
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    LineReader(InputStream in) {
        this.in = in;
    }

    /** Closes the stream it reads. */
    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
        return next(Long.MAX_VALUE);
    }

    /**
     * The next line, or null at the end of input; a line of more than {@code maxLength} bytes is
     * read past without keeping its bytes (its {@link Line#content} is null), so that one
     * enormous line cannot take the heap.
     */
    Line next(long maxLength) throws IOException {
        if (!fill()) {
            return null;
        }
        byte[] pending = null;
        int pendingLength = 0;
        long passedOver = -1;
        while (true) {
            int i = position;
            while (i < limit && buffer[i] != '\n' && buffer[i] != '\r') {
                i++;
            }
            if (passedOver < 0 && pendingLength + (long) (i - position) > maxLength) {
                passedOver = pendingLength;
                pending = null;
                pendingLength = 0;
            }
            if (i < limit) {
                byte[] content = passedOver < 0 ? take(pending, pendingLength, i) : null;
                long length = passedOver < 0 ? content.length : passedOver + i - position;
                byte terminator = buffer[i];
                position = i + 1;
                if (terminator == '\n') {
                    return new Line(content, "\n", length);
                }
                if (fill() && buffer[position] == '\n') {
                    position++;
                    return new Line(content, "\r\n", length);
                }
                return new Line(content, "\r", length);
            }
            // The line goes on past the buffer: keep what we have (unless passing over it) and read more.
            int more = limit - position;
            if (passedOver >= 0) {
                passedOver += more;
            } else {
                if (pending == null) {
                    pending = new byte[more + 128];
                } else if (pendingLength + more > pending.length) {
                    pending = Arrays.copyOf(pending, Math.max(2 * pending.length, pendingLength + more));
                }
                System.arraycopy(buffer, position, pending, pendingLength, more);
                pendingLength += more;
            }
            position = limit;
            if (!fill()) {
                return passedOver >= 0 ? new Line(null, "", passedOver)
                        : new Line(Arrays.copyOf(pending, pendingLength), "", pendingLength);
            }
        }
    }

    /** What was pending and the buffer up to {@code end}, as one array. */
    private byte[] take(byte[] pending, int pendingLength, int end) {
        if (pending == null) {
            return Arrays.copyOfRange(buffer, position, end);
        }
        byte[] content = Arrays.copyOf(pending, pendingLength + end - position);
        System.arraycopy(buffer, position, content, pendingLength, end - position);
        return content;
    }

    /** Makes at least one byte available; false at the end of input. */
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
