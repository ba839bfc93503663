package dev.mtqa.text;

import java.util.BitSet;

/**
 * Where a text has characters that are rare in English prose: everything but printable ASCII
 * (U+0020 to U+007E) and the line feed. Found in one pass and kept as a bit per character, so the
 * rules that look for control characters, invisible characters, lost characters or other scripts
 * (all of them rare characters) jump from one to the next instead of each reading the whole text:
 * in most news a few characters in a thousand are rare.
 */
public final class RareCharacters {
    private final BitSet rare;
    private final int length;

    private RareCharacters(BitSet rare, int length) {
        this.rare = rare;
        this.length = length;
    }

    public static RareCharacters of(String text) {
        return of(text.toCharArray());
    }

    /** Of the text whose characters are {@code text}. */
    public static RareCharacters of(char[] text) {
        int n = text.length;
        BitSet rare = new BitSet(n);
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if ((c < 0x20 || c > 0x7E) && c != '\n') {
                rare.set(i);
            }
        }
        return new RareCharacters(rare, n);
    }

    /** The index of the first rare character at or after {@code from}, or the text's length if none is. */
    public int next(int from) {
        if (from >= length) {
            return length;
        }
        int next = rare.nextSetBit(from);
        return next < 0 ? length : next;
    }
}
