package dev.mtqa.input;

/** What loading one input produced: a document, a deliberate skip, or a failure to read. */
public sealed interface Loaded permits Loaded.Ok, Loaded.Skipped, Loaded.Failed {

    String path();

    /** A document ready to check. */
    record Ok(Document document) implements Loaded {
        @Override
        public String path() {
            return document.path();
        }
    }

    /** Readable, but not something to check (binary, too large). Reported, never silent. */
    record Skipped(String path, String reason) implements Loaded {
    }

    /** Could not be read at all (missing, permission denied, I/O error). */
    record Failed(String path, String reason) implements Loaded {
    }
}
