package dev.mtqa.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files that configure the rules: house-style tables, phrase lists, LanguageTool XML rules.
 * The repository's {@code rules/} folder is packed into the jar as the built-in set; a user's
 * own folders come after it, so their entries add to or override the built-in ones.
 */
public final class RuleResources {
    /** Where the build puts the repository's {@code rules/} folder inside the jar. */
    static final String BUILT_IN = "dev/mtqa/rules/";
    /** A file every rules folder has, used to find the folder on the class path. */
    static final String ANCHOR = "README.md";

    private final List<Path> userDirectories;

    private RuleResources(List<Path> userDirectories) {
        this.userDirectories = List.copyOf(userDirectories);
    }

    public static RuleResources builtIn() {
        return new RuleResources(List.of());
    }

    /** These resources plus the files in {@code directory}, which take precedence. */
    public RuleResources withDirectory(Path directory) {
        List<Path> dirs = new ArrayList<>(userDirectories);
        dirs.add(directory);
        return new RuleResources(dirs);
    }

    /** A rules file: its name, where it came from (for messages), and its text. */
    public record Resource(String name, String origin, String content) {
    }

    /** Every file whose name ends in {@code suffix}: built-in ones first (by name), then each user folder's. */
    public List<Resource> files(String suffix) {
        List<Resource> found = new ArrayList<>();
        for (Resource resource : BuiltIn.ALL) {
            if (resource.name().endsWith(suffix)) {
                found.add(resource);
            }
        }
        for (Path dir : userDirectories) {
            found.addAll(read(dir, suffix, dir + "/"));
        }
        return found;
    }

    /**
     * The built-in rules folder, read once per process on first use. Reading it means opening the
     * jar as a file system, which parses the jar's whole directory (some 30,000 entries, most of
     * them LanguageTool's): done for each kind of rules file, that was a quarter of a second of
     * every run.
     */
    private static final class BuiltIn {
        static final List<Resource> ALL = load();

        private static List<Resource> load() {
            List<Resource> all = new ArrayList<>();
            withBuiltInDirectory(dir -> all.addAll(read(dir, "", "built-in rules/")));
            return List.copyOf(all);
        }
    }

    private static List<Resource> read(Path dir, String suffix, String originPrefix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> matching = entries
                    .filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted()
                    .toList();
            List<Resource> resources = new ArrayList<>();
            for (Path p : matching) {
                String name = p.getFileName().toString();
                resources.add(new Resource(name, originPrefix + name, Files.readString(p, StandardCharsets.UTF_8)));
            }
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules folder " + dir, e);
        }
    }

    private interface DirectoryAction {
        void accept(Path directory) throws IOException;
    }

    private static void withBuiltInDirectory(DirectoryAction action) {
        URL anchor = RuleResources.class.getClassLoader().getResource(BUILT_IN + ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("the built-in rules are missing from the class path (" + BUILT_IN + ANCHOR + ")");
        }
        try {
            URI uri = anchor.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = openJar(uri)) {
                    action.accept(jar.provider().getPath(uri).getParent());
                } catch (FileSystemAlreadyExistsException e) {
                    action.accept(FileSystems.getFileSystem(uri).provider().getPath(uri).getParent());
                }
            } else {
                action.accept(Path.of(uri).getParent());
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad class path entry " + anchor, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in rules", e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        return FileSystems.newFileSystem(uri, Map.of());
    }
}
