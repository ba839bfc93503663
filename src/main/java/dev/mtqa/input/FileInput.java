package dev.mtqa.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/** A plain text file on disk. */
public record FileInput(Path file, String path, long maxBytes) implements InputItem {

    /** Larger files are skipped rather than risk the heap; scraped articles are kilobytes. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    @Override
    public Loaded load() {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return new Loaded.Skipped(path, "larger than " + (maxBytes / (1024 * 1024)) + " MB (" + size + " bytes)");
            }
            return decode(path, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new Loaded.Failed(path, "no such file");
        } catch (AccessDeniedException e) {
            return new Loaded.Failed(path, "permission denied");
        } catch (IOException | RuntimeException e) {
            return new Loaded.Failed(path, "cannot read: " + describe(e));
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
