package dev.mtqa.input;

/** A path the user named that cannot be listed; loading it reports why. */
public record MissingInput(String path, String reason) implements InputItem {

    @Override
    public Loaded load() {
        return new Loaded.Failed(path, reason);
    }
}
