package dev.mtqa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The sample articles in {@code seeds/}, for tests that run something over every one of them. */
public final class SeedTexts {
    private SeedTexts() {
    }

    /** The seed files, sorted by name; never empty (a test over no seeds would pass vacuously). */
    public static List<Path> paths() {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            List<Path> seeds = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            if (seeds.isEmpty()) {
                throw new IllegalStateException("no seed articles in seeds/");
            }
            return seeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed articles' texts, in the order of {@link #paths()}. */
    public static List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Path seed : paths()) {
            try {
                texts.add(Files.readString(seed, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }
}
