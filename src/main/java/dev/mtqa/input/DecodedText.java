package dev.mtqa.input;

/**
 * Text decoded from bytes, and how: which charset, whether a byte-order mark named it, whether it
 * was guessed (and how confidently), and how many malformed byte sequences were replaced by U+FFFD.
 */
public record DecodedText(String text, String charset, boolean bom, boolean guessed, int confidence, int malformed) {

    /** Text that never was bytes, such as a string handed to the library or a JSONL field. */
    public static DecodedText ofString(String text) {
        return new DecodedText(text, "UTF-8", false, false, 100, 0);
    }
}
