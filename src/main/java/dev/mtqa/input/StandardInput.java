package dev.mtqa.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Standard input ({@code -}), read once for the life of a run and then given out as a source as
 * often as the run asks: a corpus is read in two passes (the corpus profile, then the check), a
 * stream only once. Compressed input (gzip, Zstandard) is told by its first bytes, as there is no
 * file name to tell it by, so {@code cat crawl.jsonl.gz | mtqa check -} works as the file would.
 *
 * <p>What it holds ({@link Format}): one text document, kept in memory up to the size limit of a
 * file; or JSONL, one document per line, which can be a whole corpus
 * ({@code zstdcat crawl.jsonl.zst | mtqa check -}) and so is copied to a temporary file as it
 * came (compressed stays compressed), read from there like a JSONL file and deleted when the JVM
 * exits. By default ({@link Format#AUTO}) input whose first character other than white space or a
 * byte-order mark is {@code &#123;} is JSONL, anything else text: an article does not begin with a
 * brace, a JSONL stream always does.
 */
public final class StandardInput {
    /** What standard input holds. */
    public enum Format {
        /** JSONL if the first character other than white space is {@code &#123;}, else text. */
        AUTO,
        /** One text document. */
        TEXT,
        /** One JSON object per line, as in a {@code .jsonl} file. */
        JSONL;

        /** The format named {@code name} ({@code auto}, {@code text} or {@code jsonl}, in any case). */
        public static Format parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown standard input format '" + name
                        + "' (expected auto, text or jsonl)", e);
            }
        }
    }

    /** How far into the data a JSONL stream's first brace is looked for, past blank lines. */
    private static final int SNIFF_BYTES = 1 << 16;
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final Format format;
    private final long maxBytes;
    private final JsonlFields fields;
    private Source source;

    public StandardInput(InputStream in, Format format, long maxBytes, JsonlFields fields) {
        this.in = in;
        this.format = format;
        this.maxBytes = maxBytes;
        this.fields = fields;
    }

    /** What standard input holds, read on the first call; later calls give the same. Never throws. */
    public synchronized Source source() {
        if (source == null) {
            try {
                source = read();
            } catch (IOException | UncheckedIOException | SecurityException e) {
                source = new MissingInput(StdinInput.PATH, "stdin.txt", "cannot read standard input: "
                        + FileInput.describe(e));
            }
        }
        return source;
    }

    private Source read() throws IOException {
        BufferedInputStream raw = new BufferedInputStream(in, BUFFER);
        Compression compression = Compression.detect(raw);
        if (format == Format.TEXT) {
            return text(compression.open(raw));
        }
        Path spool = Files.createTempFile("mtqa-stdin-", ".jsonl" + compression.suffix());
        spool.toFile().deleteOnExit();
        try {
            Files.copy(raw, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            if (format == Format.AUTO && !beginsWithBrace(spool)) {
                try (InputStream data = Compression.open(spool)) {
                    return text(data);
                } finally {
                    Files.deleteIfExists(spool);
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spool);
            throw e;
        }
        return new JsonlFile(spool, StdinInput.PATH, "stdin.jsonl", fields);
    }

    /** One document: the decompressed bytes, unless they exceed the size limit of a file. */
    private StdinInput text(InputStream data) throws IOException {
        byte[] bytes = data.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            return new StdinInput(new Loaded.Skipped(StdinInput.PATH, "larger than " + (maxBytes / (1024 * 1024)) + " MB"));
        }
        return new StdinInput(FileInput.decode(StdinInput.PATH, bytes));
    }

    /** True when the data's first character other than white space or a UTF-8 byte-order mark is a brace. */
    private static boolean beginsWithBrace(Path spool) throws IOException {
        try (InputStream data = Compression.open(spool)) {
            byte[] head = data.readNBytes(SNIFF_BYTES);
            int i = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
            while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
                i++;
            }
            return i < head.length && head[i] == '{';
        }
    }
}
