package dev.mtqa.rule;

import java.util.List;

/**
 * A text a rule must flag, or must leave alone: documentation and test case in one, as in
 * Error Prone and LanguageTool. In a text to flag, {@code <marker>…</marker>} marks the span of
 * the expected finding (one marker per example).
 *
 * @param text        the example as written, with its marker
 * @param flagged     true if the rule must report the marked span, false if it must report nothing
 * @param fix         the expected replacement of the first suggested fix, or null if not checked
 * @param corpus      other documents of the same corpus, for rules that compare documents; usually empty
 * @param charset     if not null, the text is encoded in this charset and decoded back as a file
 *                    would be, for rules about decoding; usually null
 */
public record Example(String text, boolean flagged, String fix, List<String> corpus, String charset) {
    private static final String OPEN = "<marker>";
    private static final String CLOSE = "</marker>";

    public Example {
        corpus = List.copyOf(corpus);
        int open = text.indexOf(OPEN);
        int close = text.indexOf(CLOSE);
        if (flagged && (open < 0 || close < open || text.indexOf(OPEN, open + 1) >= 0)) {
            throw new IllegalArgumentException("an example to flag needs exactly one <marker>…</marker>: " + text);
        }
        if (!flagged && open >= 0) {
            throw new IllegalArgumentException("an example to accept has no marker: " + text);
        }
    }

    /** The rule must flag the marked span; its first fix must replace it with {@code fix}. */
    public static Example flags(String markedText, String fix) {
        return new Example(markedText, true, fix, List.of(), null);
    }

    /** The rule must flag the marked span; its fix is not checked. */
    public static Example flags(String markedText) {
        return new Example(markedText, true, null, List.of(), null);
    }

    /** The rule must report nothing on this text. */
    public static Example accepts(String text) {
        return new Example(text, false, null, List.of(), null);
    }

    /** The same example, checked in a corpus that also holds these documents. */
    public Example inCorpusWith(String... others) {
        return new Example(text, flagged, fix, List.of(others), charset);
    }

    /** The same example, read from bytes in {@code charsetName} as a file would be. */
    public Example encodedAs(String charsetName) {
        return new Example(text, flagged, fix, corpus, charsetName);
    }

    /** The text without its marker: what the rule is run on. */
    public String plainText() {
        return text.replace(OPEN, "").replace(CLOSE, "");
    }

    /** UTF-16 index where the marked span starts in {@link #plainText()}. */
    public int markerStart() {
        return text.indexOf(OPEN);
    }

    /** UTF-16 index where the marked span ends in {@link #plainText()}. */
    public int markerEnd() {
        return text.indexOf(CLOSE) - OPEN.length();
    }
}
