package dev.mtqa.input;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;

/**
 * Which files of a folder to check. A glob without a {@code /} matches the file name
 * ({@code *.txt}); one with a {@code /} matches the path relative to the folder given on the
 * command line ({@code archive/**}). A file is checked when it matches an include glob and no
 * exclude glob. The default includes match names in any case ({@code REPORT.TXT},
 * {@code shard.JSONL.GZ}), as the readers tell JSONL and compression in any case; globs given by
 * the user match as written, as a shell's do.
 */
public final class PathFilter {
    public static final List<String> DEFAULT_INCLUDES = List.of("*.txt", "*.md", "*.jsonl", "*.ndjson", "*.txt.gz",
            "*.md.gz", "*.jsonl.gz", "*.ndjson.gz", "*.txt.zst", "*.md.zst", "*.jsonl.zst", "*.ndjson.zst");

    private final List<Glob> includes;
    private final List<Glob> excludes;

    public PathFilter(List<String> includes, List<String> excludes) {
        this.includes = includes.isEmpty()
                ? DEFAULT_INCLUDES.stream().map(g -> new Glob(g, true)).toList()
                : includes.stream().map(g -> new Glob(g, false)).toList();
        this.excludes = excludes.stream().map(g -> new Glob(g, false)).toList();
    }

    public static PathFilter defaults() {
        return new PathFilter(List.of(), List.of());
    }

    /** Whether to check the file at {@code relative} (relative to the folder being walked). */
    public boolean accepts(Path relative) {
        return includes.stream().anyMatch(g -> g.matches(relative)) && !excluded(relative);
    }

    /** Whether a folder at {@code relative} is excluded as a whole (e.g. {@code archive/**}). */
    public boolean excluded(Path relative) {
        return excludes.stream().anyMatch(g -> g.matches(relative));
    }

    private static final class Glob {
        private final PathMatcher matcher;
        private final boolean byName;
        /** True for a lower-case glob of names matched in any case. */
        private final boolean anyCase;

        Glob(String pattern, boolean anyCase) {
            this.byName = !pattern.contains("/");
            this.anyCase = anyCase && byName;
            this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        }

        boolean matches(Path relative) {
            if (byName) {
                Path name = relative.getFileName();
                if (name != null && anyCase) {
                    name = Path.of(name.toString().toLowerCase(Locale.ROOT));
                }
                return name != null && matcher.matches(name);
            }
            // "archive/**" should also exclude the folder "archive" itself.
            return matcher.matches(relative) || matcher.matches(relative.resolve("x"));
        }
    }
}
