package dev.mtqa.input;

import io.airlift.compress.zstd.ZstdInputStream;
import io.airlift.compress.zstd.ZstdOutputStream;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How an input file is compressed, told by the last suffix of its name, in any case: {@code .gz}
 * (gzip, as news archives and crawls ship) or {@code .zst} (Zstandard, as most large text corpora
 * now ship, {@code .jsonl.zst}). For a file the suffix decides, not the bytes: a file named so
 * that is not so compressed fails to read and is reported, as any unreadable file is. Standard
 * input has no name, so there the first bytes decide ({@link #detect}).
 */
public enum Compression {
    NONE(""),
    GZIP(".gz"),
    ZSTD(".zst");

    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b};
    private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};

    private final String suffix;

    Compression(String suffix) {
        this.suffix = suffix;
    }

    /** The compression a file named {@code name} is read with. */
    public static Compression of(String name) {
        if (GZIP.endsOf(name)) {
            return GZIP;
        }
        return ZSTD.endsOf(name) ? ZSTD : NONE;
    }

    /** True when {@code name} ends in this suffix, in any case ({@code .GZ} is as common as {@code .gz}). */
    private boolean endsOf(String name) {
        return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
    }

    /**
     * The compression {@code in}'s data begins with, by the format's magic number (gzip {@code 1f 8b},
     * Zstandard {@code 28 b5 2f fd}), leaving the stream where it was.
     */
    static Compression detect(BufferedInputStream in) throws IOException {
        in.mark(ZSTD_MAGIC.length);
        byte[] head = in.readNBytes(ZSTD_MAGIC.length);
        in.reset();
        if (head.length >= GZIP_MAGIC.length && Arrays.equals(head, 0, GZIP_MAGIC.length, GZIP_MAGIC, 0, GZIP_MAGIC.length)) {
            return GZIP;
        }
        return Arrays.equals(head, ZSTD_MAGIC) ? ZSTD : NONE;
    }

    /** The suffix a file compressed so is named with: {@code ""}, {@code .gz} or {@code .zst}. */
    String suffix() {
        return suffix;
    }

    /** True when the file is read through a decompressor (and so is never rewritten in place). */
    public boolean compressed() {
        return this != NONE;
    }

    /** {@code name} without this compression's suffix: what the file holds ({@code a.jsonl} for {@code a.jsonl.zst}). */
    public String stripped(String name) {
        return name.substring(0, name.length() - suffix.length());
    }

    /**
     * The decompressed bytes of {@code file}, compressed as its name says. The file is closed
     * again when its data does not even begin as the name says (a gzip header, say), so that a
     * folder of misnamed files leaves no file open.
     */
    public static InputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            return of(file.getFileName().toString()).open(raw);
        } catch (IOException | RuntimeException e) {
            try {
                raw.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** {@code bytes} compressed as this compression writes them (unchanged for none). */
    public byte[] pack(byte[] bytes) throws IOException {
        if (this == NONE) {
            return bytes;
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (OutputStream out = this == GZIP ? new GZIPOutputStream(packed) : new ZstdOutputStream(packed)) {
            out.write(bytes);
        }
        return packed.toByteArray();
    }

    /**
     * The decompressed bytes of {@code raw}. A decoding error comes out of the stream's reads as
     * an {@link IOException}, as gzip's do: aircompressor throws unchecked exceptions for corrupt
     * or truncated data, which would otherwise get past the readers' handling of unreadable files.
     */
    InputStream open(InputStream raw) throws IOException {
        return switch (this) {
            case NONE -> raw;
            case GZIP -> new GZIPInputStream(raw, 1 << 16);
            case ZSTD -> new CheckedZstd(raw);
        };
    }

    /**
     * A Zstandard stream whose decoding errors are {@link IOException}s that say so: the
     * decoder's own messages ("Not enough input bytes") do not tell a user that the file is cut
     * short or damaged. Errors of the file underneath pass as they are.
     */
    private static final class CheckedZstd extends FilterInputStream {
        CheckedZstd(InputStream raw) {
            super(new ZstdInputStream(new Underneath(raw)));
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException | RuntimeException e) {
                throw explained(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                throw explained(e);
            }
        }

        private static IOException explained(Exception e) {
            if (e instanceof Underneath.Failure failure) {
                return failure.original();
            }
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new IOException("Zstandard data cut short or damaged (" + detail + ")", e);
        }
    }

    /** The compressed file's stream, its errors marked as its own. */
    private static final class Underneath extends FilterInputStream {
        Underneath(InputStream raw) {
            super(raw);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new Failure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new Failure(e);
            }
        }

        /** An error of the file itself, to be passed on unchanged. */
        private static final class Failure extends IOException {
            private static final long serialVersionUID = 1L;

            Failure(IOException original) {
                super(original);
            }

            IOException original() {
                return (IOException) getCause();
            }
        }
    }
}
