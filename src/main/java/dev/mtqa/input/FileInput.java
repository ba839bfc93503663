package dev.mtqa.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** A text file on disk, one document; compressed when its name ends in {@code .gz} or {@code .zst} ({@link Compression}). */
public record FileInput(Path file, String path, String relative, long maxBytes) implements InputItem, Source {

    /** Larger files are skipped rather than risk the heap; scraped articles are kilobytes. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    @Override
    public Iterator<InputItem> items() {
        return List.<InputItem>of(this).iterator();
    }

    @Override
    public Loaded load() {
        try {
            Compression compression = Compression.of(file.getFileName().toString());
            byte[] bytes = compression.compressed() ? decompress() : plain();
            if (bytes == null) {
                return new Loaded.Skipped(path, "larger than " + (maxBytes / (1024 * 1024)) + " MB");
            }
            return decode(path, bytes);
        } catch (NoSuchFileException e) {
            return new Loaded.Failed(path, "no such file");
        } catch (AccessDeniedException e) {
            return new Loaded.Failed(path, "permission denied");
        } catch (IOException | RuntimeException e) {
            return new Loaded.Failed(path, "cannot read: " + describe(e));
        }
    }

    /** The file's bytes, or null if it is larger than the limit. */
    private byte[] plain() throws IOException {
        return Files.size(file) > maxBytes ? null : Files.readAllBytes(file);
    }

    /** The decompressed bytes, or null if they exceed the limit (a compression bomb stays a small skip). */
    private byte[] decompress() throws IOException {
        try (InputStream in = Compression.open(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes.length > maxBytes ? null : bytes;
        }
    }

    /** Decodes bytes read from {@code path}; binary content comes back as {@link Loaded.Skipped}. */
    public static Loaded decode(String path, byte[] bytes) {
        TextDecoder.Result result = TextDecoder.decode(bytes);
        if (result instanceof TextDecoder.Binary binary) {
            return new Loaded.Skipped(path, "binary file: " + binary.reason());
        }
        return new Loaded.Ok(new Document(path, null, ((TextDecoder.Text) result).decoded(), Map.of()));
    }

    static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
