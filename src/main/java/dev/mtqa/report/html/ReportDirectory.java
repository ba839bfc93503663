package dev.mtqa.report.html;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;

/**
 * The folder the report is written to, and the only way to write into it. A page is written to
 * a temporary file in the folder and then moved over its name in one step, so a crash leaves no
 * half-written page and a reader never sees one. Names are checked to be plain file names, and
 * the move replaces whatever has the name (a symbolic link included) instead of writing through
 * it, so nothing is ever written outside the folder.
 */
final class ReportDirectory {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,200}");

    private final Path root;

    private ReportDirectory(Path root) {
        this.root = root;
    }

    /** Creates the folder if needed; the user named it, so a link they named is followed. */
    static ReportDirectory open(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "exists and is not a folder");
        }
        Files.createDirectories(folder);
        return new ReportDirectory(folder.toRealPath());
    }

    Path root() {
        return root;
    }

    /** Something that writes a file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes {@code name} in the folder, atomically. */
    void write(String name, Content content) throws IOException {
        Path target = inFolder(name);
        Path temporary = Files.createTempFile(root, ".mtqa-", ".tmp");
        try {
            readableByAll(temporary);
            CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), utf8), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Removes {@code name} from the folder if it is there; a symbolic link of that name is removed
     * itself, never what it points to.
     */
    void delete(String name) throws IOException {
        Files.deleteIfExists(inFolder(name));
    }

    /** The path of {@code name}, checked to be a plain file name directly in the folder. */
    private Path inFolder(String name) {
        if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("not a safe report file name: " + name);
        }
        Path target = root.resolve(name);
        if (!root.equals(target.getParent())) {
            throw new IllegalArgumentException("not a file in the report folder: " + name);
        }
        return target;
    }

    /** Temporary files are private; a report is meant to be read. */
    private static void readableByAll(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
