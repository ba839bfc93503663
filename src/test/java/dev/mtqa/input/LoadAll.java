package dev.mtqa.input;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the input tests share: loading everything under a path, and counting the process's open files. */
final class LoadAll {
    private static final Path HANDLES = Path.of("/proc/self/fd");

    private LoadAll() {
    }

    /** Every item under {@code path} (a file or a folder) loaded, in the order a run lists them. */
    static List<Loaded> load(Path path) {
        List<Loaded> loaded = new ArrayList<>();
        new Inputs(PathFilter.defaults()).list(List.of(path.toString())).forEach(i -> loaded.add(i.load()));
        return loaded;
    }

    /** How many files the process has open, where Linux shows it; the test is skipped elsewhere. */
    static long openFiles() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(HANDLES));
        try (var entries = Files.list(HANDLES)) {
            return entries.count();
        }
    }
}
