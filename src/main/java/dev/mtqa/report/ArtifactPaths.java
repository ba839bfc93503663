package dev.mtqa.report;

import dev.mtqa.input.StdinInput;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where an input is, as CI tools want it: relative to the working folder with {@code /}
 * separators (GitHub resolves such paths against the checked-out repository), or absolute when the
 * input lies outside the working folder. Standard input stays {@code <stdin>}.
 */
public final class ArtifactPaths {
    /** The path mtqa shows for standard input. */
    public static final String STDIN = StdinInput.PATH;

    private final Path workingFolder;

    public ArtifactPaths(Path workingFolder) {
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
    }

    /** The working folder, absolute. */
    public Path workingFolder() {
        return workingFolder;
    }

    /** The path relative to the working folder ({@code /} separators), or absolute if outside it. */
    public String path(String shown) {
        Path absolute = absolute(shown);
        if (absolute == null) {
            return shown;
        }
        if (absolute.startsWith(workingFolder)) {
            return slashes(workingFolder.relativize(absolute).toString());
        }
        return slashes(absolute.toString());
    }

    /** True when {@link #path} is relative to the working folder. */
    public boolean isRelative(String shown) {
        Path absolute = absolute(shown);
        return absolute != null && absolute.startsWith(workingFolder);
    }

    /**
     * A URI reference for the input: a relative reference for inputs inside the working folder,
     * a {@code file:} URI otherwise. Every character but unreserved ones and {@code /} is
     * percent-encoded (UTF-8), so spaces, {@code #}, {@code %}, {@code :} and non-ASCII names survive.
     */
    public String uri(String shown) {
        Path absolute = absolute(shown);
        if (absolute == null) {
            return encode(shown);
        }
        if (absolute.startsWith(workingFolder)) {
            return encode(slashes(workingFolder.relativize(absolute).toString()));
        }
        String path = slashes(absolute.toString());
        return "file://" + (path.startsWith("/") ? "" : "/") + encode(path);
    }

    /** The working folder as a {@code file:} URI ending in {@code /}, the base of relative URIs. */
    public String baseUri() {
        String path = slashes(workingFolder.toString());
        return "file://" + (path.startsWith("/") ? "" : "/") + encode(path) + (path.endsWith("/") ? "" : "/");
    }

    private Path absolute(String shown) {
        if (shown.equals(STDIN)) {
            return null;
        }
        try {
            return workingFolder.resolve(shown).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }

    static String encode(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
