package dev.mtqa.corpus;

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
        for (int i = 0; i < line.length(); i++) {
            if (!isSpace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 64-bit hash of the normalised line. */
    public static long hash(CharSequence line) {
        long h = FNV_OFFSET;
        boolean pendingSpace = false;
        boolean started = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSpace(c)) {
                pendingSpace = started;
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
