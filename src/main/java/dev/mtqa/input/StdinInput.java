package dev.mtqa.input;

import java.util.Iterator;
import java.util.List;

/**
 * Standard input read as one text document, named {@code -} on the command line and
 * {@code <stdin>} in output. It was read once, before the first pass over the corpus
 * ({@link StandardInput}), since a corpus is read in two passes and a stream can be read only once.
 */
public final class StdinInput implements InputItem, Source {
    /** How standard input is shown in findings and reports. */
    public static final String PATH = "<stdin>";

    private final Loaded loaded;

    StdinInput(Loaded loaded) {
        this.loaded = loaded;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public String relative() {
        return "stdin.txt";
    }

    @Override
    public Iterator<InputItem> items() {
        return List.<InputItem>of(this).iterator();
    }

    @Override
    public Loaded load() {
        return loaded;
    }
}
