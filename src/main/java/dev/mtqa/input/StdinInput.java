package dev.mtqa.input;

import java.io.IOException;
import java.io.InputStream;

/** Standard input, named {@code -} on the command line and {@code <stdin>} in output. */
public record StdinInput(InputStream in) implements InputItem {

    @Override
    public String path() {
        return "<stdin>";
    }

    @Override
    public Loaded load() {
        try {
            return FileInput.decode(path(), in.readAllBytes());
        } catch (IOException | RuntimeException e) {
            return new Loaded.Failed(path(), "cannot read: " + FileInput.describe(e));
        }
    }
}
