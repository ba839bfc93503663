package dev.mtqa.input;

import java.util.Iterator;
import java.util.List;

/** A path the user named that cannot be listed or read; loading it reports why. */
public record MissingInput(String path, String relative, String reason) implements InputItem, Source {

    @Override
    public Iterator<InputItem> items() {
        return List.<InputItem>of(this).iterator();
    }

    @Override
    public Loaded load() {
        return new Loaded.Failed(path, reason);
    }
}
