package dev.mtqa.fix;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes files inside one folder and nowhere else: a relative path from the input (which may be
 * hostile: "../../etc/passwd", "/abs", "a/../../b") is refused unless it stays inside, no symbolic
 * link inside the folder is followed out of it, and every file is written to a temporary file
 * next to its target and then moved into place, so a crash never leaves half a file.
 */
public final class OutputFolder {
    private final Path root;

    public OutputFolder(Path root) throws IOException {
        Files.createDirectories(root);
        this.root = root.toRealPath();
    }

    /** The target for {@code relative}, checked to be inside the folder. */
    public Path resolve(String relative) throws IOException {
        Path rel = Path.of(relative.replace('\\', '/')).normalize();
        if (rel.isAbsolute() || rel.toString().isEmpty() || rel.startsWith("..")) {
            throw new IOException("refusing to write outside " + root + ": " + relative);
        }
        Path target = root.resolve(rel).normalize();
        if (!target.startsWith(root)) {
            throw new IOException("refusing to write outside " + root + ": " + relative);
        }
        return target;
    }

    /** Writes {@code bytes} to {@code relative} inside the folder, atomically. */
    public Path write(String relative, byte[] bytes) throws IOException {
        Path target = prepare(relative);
        writeAtomically(target, bytes);
        return target;
    }

    /**
     * The target for {@code relative}, its folders created, checked to be inside this folder after
     * following links, and not itself a link.
     */
    public Path prepare(String relative) throws IOException {
        Path target = resolve(relative);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (!parent.toRealPath().startsWith(root)) {
            throw new IOException("refusing to follow a link out of " + root + ": " + relative);
        }
        if (Files.isSymbolicLink(target)) {
            throw new IOException("refusing to write through a symbolic link: " + target);
        }
        return target;
    }

    /** Replaces {@code target} with {@code bytes} through a temporary file in the same folder. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Whether {@code path} is a regular file that is not a symbolic link. */
    public static boolean isPlainFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
