package dev.mtqa.input;

import java.io.IOException;
import java.io.InputStream;

/**
 * Standard input, named {@code -} on the command line and {@code <stdin>} in output. Read once and
 * kept, since a corpus is read in two passes and a stream can be read only once.
 */
public final class StdinInput implements InputItem, Source {
    private final InputStream in;
    private Loaded loaded;

    public StdinInput(InputStream in) {
        this.in = in;
    }

    @Override
    public String path() {
        return "<stdin>";
    }

    @Override
    public String relative() {
        return "stdin.txt";
    }

    @Override
    public java.util.Iterator<InputItem> items() {
        return java.util.List.<InputItem>of(this).iterator();
    }

    @Override
    public synchronized Loaded load() {
        if (loaded == null) {
            try {
                loaded = FileInput.decode(path(), in.readAllBytes());
            } catch (IOException | RuntimeException e) {
                loaded = new Loaded.Failed(path(), "cannot read: " + FileInput.describe(e));
            }
        }
        return loaded;
    }
}
