package dev.mtqa.input;

import java.util.Iterator;

/**
 * One input named or found on the command line: a text file, a JSONL file (many documents),
 * standard input, or a path that could not be read. Checking wants its documents
 * ({@link #items()}); fixing writes one cleaned output per source.
 */
public interface Source {

    /** The path as shown to the user. */
    String path();

    /**
     * The path below the folder the user named (for a file named directly, its file name): where
     * its cleaned copy goes in an output folder. Never absolute, never containing "..".
     */
    String relative();

    /** Its documents, read lazily. */
    Iterator<InputItem> items();
}
