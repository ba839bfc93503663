package dev.mtqa.corpus;

import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * How lines are compared across documents: case-insensitive, with runs of whitespace (including
 * no-break spaces) folded to one space and the ends trimmed, so "Most Popular" and
 * " most  popular" are the same line. Kept as a 64-bit FNV-1a hash, computed in one pass without
 * building the normalised string, to keep the profile small and the first pass fast.
 */
public final class LineKey {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private LineKey() {
    }

    /** True when the line holds nothing but whitespace. */
    public static boolean blank(CharSequence line) {
        String s = line.toString();
        return blank(s, 0, s.length());
    }

    /** True when {@code text[from, to)} holds nothing but whitespace; reads it in place. */
    public static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 64-bit hash of the normalised line. */
    public static long hash(CharSequence line) {
        String s = line.toString();
        return hash(s, 0, s.length());
    }

    /**
     * 64-bit hash of the normalised line {@code text[from, to)}, read in place: every line of every
     * document is hashed twice (profile and check), and copying each was a fifth of the cost.
     */
    public static long hash(String text, int from, int to) {
        return hash(text, from, to, null);
    }

    /**
     * Calls {@code sink} with the {@link #hash} of every line of {@code text} that is not
     * {@link #blank}, in order, lines ending where {@link dev.mtqa.text.TextIndex} ends them (at
     * "\n", "\r\n" or "\r"). One pass that hashes and finds the line ends together, for the
     * corpus profile, which needs nothing else of a document's lines.
     */
    public static void hashLines(String text, LongConsumer sink) {
        hash(text, 0, text.length(), Objects.requireNonNull(sink));
    }

    /**
     * The hash of {@code text[from, to)}; with a {@code lines} sink, line breaks end lines instead
     * of counting as spaces, and each non-blank line's hash goes to the sink as it ends.
     */
    private static long hash(String text, int from, int to, LongConsumer lines) {
        long h = FNV_OFFSET;
        boolean pendingSpace = false;
        boolean started = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (lines != null && (c == '\n' || c == '\r')) {
                    if (started) {
                        lines.accept(h);
                    }
                    h = FNV_OFFSET;
                    pendingSpace = false;
                    started = false;
                    if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else {
                    pendingSpace = started;
                }
                continue;
            }
            if (pendingSpace) {
                h = (h ^ ' ') * FNV_PRIME;
                pendingSpace = false;
            }
            started = true;
            char lower = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
            h = (h ^ lower) * FNV_PRIME;
        }
        if (lines != null && started) {
            lines.accept(h);
        }
        return h;
    }

    private static boolean isSpace(char c) {
        // Printable ASCII first: nearly every character of a line, and never a space but ' '.
        if (c > ' ' && c < 0x7f) {
            return false;
        }
        return c == ' ' || c == '\t' || c == '\u00a0' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
