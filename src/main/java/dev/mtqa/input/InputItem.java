package dev.mtqa.input;

/**
 * One unit of input, not yet read. Listing inputs is cheap and sequential; {@link #load()} does
 * the reading and decoding and runs on a worker thread.
 */
public interface InputItem {

    /** The path as shown to the user. */
    String path();

    /** Reads and decodes. Never throws: problems come back as {@link Loaded.Skipped} or {@link Loaded.Failed}. */
    Loaded load();

    /**
     * How many bytes of input this item holds in memory before it is loaded (a JSONL line's), so
     * that work can be handed out in batches of bounded size; 0 for an item read when loaded.
     */
    default long bytesHeld() {
        return 0;
    }
}
