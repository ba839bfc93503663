package dev.mtqa.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * A JSONL file (one JSON object per line, optionally compressed, {@link Compression}): each non-blank line is a
 * document, its text in {@code textField}. Read as a stream, never whole; a line that is not valid
 * JSON, has no text or is longer than {@link #MAX_RECORD_BYTES} is reported with its line number
 * and the rest of the file is read on.
 */
public record JsonlFile(Path file, String path, String relative, JsonlFields fields) implements Source {

    /** True for the names treated as JSONL: {@code .jsonl}, {@code .ndjson}, either compressed, in any case. */
    public static boolean isJsonl(String name) {
        String n = Compression.of(name).stripped(name).toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /**
     * One physical line of the file, with its terminator, for rewriting the file line by line. As an
     * input item it is parsed only when loaded, on a worker thread: parsing every line's JSON on the
     * thread that lists the inputs made that thread the bottleneck of a run with several jobs. It
     * keeps the line's bytes and decodes them (malformed bytes as U+FFFD) only when asked for its
     * content; loading parses well-formed lines straight from the bytes ({@link JsonlRecord#load}).
     */
    public static final class Line implements InputItem {
        private final JsonlFile file;
        private final int number;
        private final byte[] bytes;
        private final String terminator;
        /** The decoded content, once asked for; a benign race, as strings are immutable. */
        private String content;

        /** Its length in bytes, without the terminator. */
        private final long length;

        Line(JsonlFile file, int number, byte[] bytes, String terminator, long length) {
            this.file = file;
            this.number = number;
            this.bytes = bytes;
            this.terminator = terminator;
            this.length = length;
        }

        public JsonlFile file() {
            return file;
        }

        /** The 1-based line number. */
        public int number() {
            return number;
        }

        /** The line without its terminator, decoded. */
        public String content() {
            String decoded = content;
            if (decoded == null) {
                if (bytes == null) {
                    throw new IllegalStateException(file.path + ":" + number + " is too long to be held");
                }
                decoded = Utf8.decode(bytes);
                content = decoded;
            }
            return decoded;
        }

        /** What ended the line: {@code "\n"}, {@code "\r\n"}, {@code "\r"}, or empty at the end of the file. */
        public String terminator() {
            return terminator;
        }

        /**
         * True when the line holds only whitespace ({@link String#isBlank()} of its content), or on the
         * first line a byte-order mark and whitespace, as editors on Windows save an empty first line.
         */
        public boolean blank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b < 0) {
                    String text = content();
                    return (number == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text).isBlank();
                }
                if (!Character.isWhitespace(b)) {
                    return false;
                }
            }
            return true;
        }

        public JsonlRecord record() {
            return JsonlRecord.parse(file.path, number, content(), file.fields);
        }

        @Override
        public String path() {
            return file.path;
        }

        @Override
        public Loaded load() {
            if (bytes == null) {
                return new Loaded.Skipped(file.path + ":" + number, "a record of " + megabytes(length)
                        + " MB, more than the " + megabytes(MAX_RECORD_BYTES) + " MB a document may have");
            }
            return JsonlRecord.load(file.path, number, bytes, this::content, file.fields);
        }

        @Override
        public long bytesHeld() {
            return bytes == null ? 0 : bytes.length;
        }
    }

    /**
     * The most a line is read into memory as a record: as much as a file may be
     * ({@link FileInput#DEFAULT_MAX_BYTES}). A longer line (a JSON dump on one line, say) is
     * reported and passed over without being held.
     */
    static final long MAX_RECORD_BYTES = FileInput.DEFAULT_MAX_BYTES;

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /**
     * Every line in order, blank ones included, each whole however long (for rewriting the file
     * without losing a byte). Throws {@link UncheckedIOException} if the file cannot be read.
     */
    public Iterator<Line> lines() {
        return lines(Long.MAX_VALUE);
    }

    /** Every line in order; one longer than {@code maxBytes} has no bytes and loads as skipped. */
    private Iterator<Line> lines(long maxBytes) {
        LineReader reader;
        try {
            reader = new LineReader(Compression.open(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return new Iterator<>() {
            private int number;
            private Line next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        LineReader.Line line = reader.next(maxBytes);
                        if (line == null) {
                            finish();
                        } else {
                            next = new Line(JsonlFile.this, ++number, line.content(), line.terminator(), line.length());
                        }
                    } catch (IOException e) {
                        finish();
                        throw new UncheckedIOException("cannot read " + path + " at line " + (number + 1) + ": "
                                + e.getMessage(), e);
                    }
                }
                return next != null;
            }

            @Override
            public Line next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Line line = next;
                next = null;
                return line;
            }

            /**
             * Closes the file as soon as it is read to the end or fails: a run goes through its
             * inputs one after another, and a folder of thousands of JSONL shards had kept every
             * one open, until the process ran out of file handles.
             */
            private void finish() {
                done = true;
                try {
                    reader.close();
                } catch (IOException e) {
                    // Read to the end, or already failed and reported: closing has nothing to add.
                }
            }
        };
    }

    @Override
    public Iterator<InputItem> items() {
        Iterator<Line> lines;
        try {
            lines = lines(MAX_RECORD_BYTES);
        } catch (UncheckedIOException e) {
            return java.util.List.<InputItem>of(new MissingInput(path, relative, e.getMessage())).iterator();
        }
        return new Iterator<>() {
            private InputItem next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    try {
                        if (!lines.hasNext()) {
                            return false;
                        }
                        Line line = lines.next();
                        if (!line.blank()) {
                            next = line;
                        }
                    } catch (UncheckedIOException e) {
                        next = new MissingInput(path, relative, e.getMessage());
                    }
                }
                return true;
            }

            @Override
            public InputItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                InputItem item = next;
                next = null;
                return item;
            }
        };
    }
}
