package dev.mtqa.cli;

import dev.mtqa.input.InputItem;
import dev.mtqa.input.StdinInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * The files git reports as changed since a revision, for {@code --changed-since REF}: what
 * {@code git diff --name-only REF} lists (committed, staged and unstaged changes against REF;
 * deleted files left out), plus untracked files that are not ignored, because a new drop of
 * articles is often not yet added. Inputs are matched by their real path, so it does not matter
 * from which folder or through which link they were named.
 */
final class ChangedFiles {
    private final Set<Path> files;

    private ChangedFiles(Set<Path> files) {
        this.files = files;
    }

    /**
     * Asks git in {@code folder}.
     *
     * @throws ConfigurationException when git is missing, the folder is not in a repository or the revision is unknown
     */
    static ChangedFiles since(String ref, Path folder) {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new ConfigurationException("--changed-since: not a git revision: '" + ref + "'");
        }
        Path root = Path.of(git(folder, "not in a git repository (" + folder + ")",
                "rev-parse", "--show-toplevel").strip());
        git(root, "unknown git revision '" + ref + "'", "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        Set<Path> changed = new HashSet<>();
        for (String name : nulSeparated(git(root, "git diff failed", "diff", "--name-only", "-z", "--no-renames",
                "--diff-filter=d", ref, "--"))) {
            add(changed, root, name);
        }
        for (String name : nulSeparated(git(root, "git ls-files failed", "ls-files", "--others", "--exclude-standard",
                "-z"))) {
            add(changed, root, name);
        }
        return new ChangedFiles(changed);
    }

    int size() {
        return files.size();
    }

    /** True for inputs in a changed file; standard input is always checked. */
    Predicate<InputItem> selects() {
        return item -> item.path().equals(StdinInput.PATH) || contains(Path.of(item.path()));
    }

    boolean contains(Path file) {
        try {
            return files.contains(file.toRealPath());
        } catch (IOException | InvalidPathException e) {
            return !Files.exists(file);
        }
    }

    private static void add(Set<Path> changed, Path root, String name) {
        try {
            Path file = root.resolve(name);
            if (Files.exists(file)) {
                changed.add(file.toRealPath());
            }
        } catch (IOException | InvalidPathException e) {
            // a name this platform cannot open is not an input either
        }
    }

    private static List<String> nulSeparated(String output) {
        List<String> names = new ArrayList<>();
        for (String name : output.split("\0")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** Runs git and returns its standard output; a failure becomes a usage error with git's own words. */
    private static String git(Path folder, String failure, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(folder.toFile()).start();
        } catch (IOException e) {
            throw new ConfigurationException("--changed-since needs git, which could not be run: " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] out = readAll(process.getInputStream());
            int code = process.waitFor();
            if (code != 0) {
                String said = new String(err.join(), StandardCharsets.UTF_8).strip();
                throw new ConfigurationException("--changed-since: " + failure
                        + (said.isEmpty() ? "" : " (git: " + said.lines().findFirst().orElse("") + ")"));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("--changed-since: cannot talk to git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException("--changed-since: interrupted while waiting for git");
        } finally {
            process.destroy();
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
