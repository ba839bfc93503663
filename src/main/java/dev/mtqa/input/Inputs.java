package dev.mtqa.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Lists the inputs named on the command line, lazily and in a stable order: each argument in
 * turn; a folder is walked depth-first with each folder's entries sorted by name, so the order
 * is the same on every run and memory does not grow with the number of files. Hidden files and
 * folders (name starting with a dot) are skipped, and symbolic links to folders are not followed.
 * A file named explicitly is always read, whatever its extension. Files named {@code .jsonl} or
 * {@code .ndjson} (optionally {@code .gz} or {@code .zst}) hold one document per line; so does
 * standard input when it begins with a brace ({@link StandardInput}).
 */
public final class Inputs {
    private final PathFilter filter;
    /** One for the life of this object: standard input can be read once, and a corpus is read twice. */
    private final StandardInput stdin;
    private final long maxBytes;
    private final JsonlFields fields;

    public Inputs(PathFilter filter, InputStream stdin, StandardInput.Format stdinFormat, long maxBytes,
                  JsonlFields fields) {
        this.filter = filter;
        this.stdin = new StandardInput(stdin, stdinFormat, maxBytes, fields);
        this.maxBytes = maxBytes;
        this.fields = fields;
    }

    public Inputs(PathFilter filter, InputStream stdin, long maxBytes, JsonlFields fields) {
        this(filter, stdin, StandardInput.Format.AUTO, maxBytes, fields);
    }

    public Inputs(PathFilter filter) {
        this(filter, System.in, FileInput.DEFAULT_MAX_BYTES, JsonlFields.DEFAULT);
    }

    /**
     * The sources named by {@code arguments} ({@code -} is standard input). Each iteration walks the
     * folders again, so a corpus can be read in two passes without holding the list of its files.
     */
    public Iterable<Source> sources(List<String> arguments) {
        return () -> new Walker(arguments, stdin);
    }

    /** Every document of every source, in order: what a check reads. */
    public Iterable<InputItem> list(List<String> arguments) {
        Iterable<Source> sources = sources(arguments);
        return () -> new Iterator<>() {
            private final Iterator<Source> outer = sources.iterator();
            private Iterator<InputItem> inner = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!inner.hasNext() && outer.hasNext()) {
                    inner = outer.next().items();
                }
                return inner.hasNext();
            }

            @Override
            public InputItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return inner.next();
            }
        };
    }

    private final class Walker implements Iterator<Source> {
        private final Iterator<String> arguments;
        /** Folders and files still to visit for the current argument, next one first. */
        private final Deque<Pending> pending = new ArrayDeque<>();
        private final StandardInput stdinInput;
        private Source next;

        Walker(List<String> arguments, StandardInput stdinInput) {
            this.arguments = arguments.iterator();
            this.stdinInput = stdinInput;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (!pending.isEmpty()) {
                    next = visit(pending.pop());
                } else if (arguments.hasNext()) {
                    next = start(arguments.next());
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Source next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Source source = next;
            next = null;
            return source;
        }

        private Source start(String argument) {
            if (argument.equals("-")) {
                return stdinInput.source();
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                pending.push(new Pending(path, Path.of("")));
                return null;
            }
            Path name = path.getFileName();
            String relative = name == null ? "input.txt" : name.toString();
            if (Files.isRegularFile(path)) {
                return file(path, display(argument), relative);
            }
            return new MissingInput(display(argument), relative,
                    Files.exists(path) ? "not a regular file or folder" : "no such file or folder");
        }

        /** Returns the file to read, or null after pushing a folder's children. */
        private Source visit(Pending p) {
            // Follow a link only when the user named it; links inside a folder may lead anywhere.
            boolean named = p.relative.toString().isEmpty();
            if (named ? Files.isDirectory(p.path) : Files.isDirectory(p.path, LinkOption.NOFOLLOW_LINKS)) {
                List<Path> children = new ArrayList<>();
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(p.path)) {
                    entries.forEach(children::add);
                } catch (IOException | UncheckedIOException e) {
                    return new MissingInput(display(p.path.toString()), p.relative.toString(),
                            "cannot list folder: " + e.getMessage());
                }
                children.sort(null);
                for (int i = children.size() - 1; i >= 0; i--) {
                    Path child = children.get(i);
                    String name = child.getFileName().toString();
                    Path relative = p.relative.resolve(name);
                    if (!name.startsWith(".") && !filter.excluded(relative)) {
                        pending.push(new Pending(child, relative));
                    }
                }
                return null;
            }
            if (Files.isRegularFile(p.path) && filter.accepts(p.relative)) {
                return file(p.path, display(p.path.toString()), p.relative.toString().replace('\\', '/'));
            }
            return null;
        }

        private Source file(Path file, String shown, String relative) {
            if (JsonlFile.isJsonl(file.getFileName().toString())) {
                return new JsonlFile(file, shown, relative, fields);
            }
            return new FileInput(file, shown, relative, maxBytes);
        }
    }

    private record Pending(Path path, Path relative) {
    }

    /** Paths are shown with forward slashes on every platform, as CI annotations expect. */
    static String display(String path) {
        String shown = path.replace('\\', '/');
        while (shown.startsWith("./")) {
            shown = shown.substring(2);
        }
        return shown;
    }
}
