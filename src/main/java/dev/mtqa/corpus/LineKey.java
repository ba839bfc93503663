package dev.mtqa.corpus;

import java.util.Locale;

/**
 * How lines are compared across documents: case-insensitive, with runs of whitespace (including
 * no-break spaces) folded to one space and the ends trimmed, so "Most Popular" and
 * " most  popular" are the same line. Kept as a 64-bit hash to keep the profile small.
 */
public final class LineKey {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private LineKey() {
    }

    /** The normalised form of {@code line}; empty for a blank line. */
    public static String normalise(CharSequence line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** 64-bit FNV-1a hash of the normalised line. */
    public static long hash(CharSequence line) {
        String normalised = normalise(line);
        long h = FNV_OFFSET;
        for (int i = 0; i < normalised.length(); i++) {
            h ^= normalised.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }
}
