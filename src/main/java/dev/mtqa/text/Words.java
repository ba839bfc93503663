package dev.mtqa.text;

import java.util.Arrays;

/**
 * The words of a text: maximal runs of letters and combining marks (digits, apostrophes and
 * hyphens end a word), found in one linear pass and kept as two int arrays of UTF-16 offsets.
 * Shared by the rules that look words up, so each text is scanned once instead of once per regex.
 */
public final class Words {
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private Words(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** Which ASCII characters are word characters: the letters. */
    private static final boolean[] ASCII_LETTER = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER[c] = true;
            ASCII_LETTER[Character.toUpperCase(c)] = true;
        }
    }

    public static Words of(String text) {
        int[] starts = new int[Math.max(16, text.length() / 6)];
        int[] ends = new int[starts.length];
        int n = 0;
        int i = 0;
        int length = text.length();
        // Every document is split into words once per pass; ASCII is answered from a table, and
        // only other characters are decoded as code points and looked up in Unicode's tables.
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80 ? !ASCII_LETTER[c] : !isWordChar(text, i)) {
                i++;
                continue;
            }
            int start = i;
            i += c >= 0x80 && Character.isHighSurrogate(c) && i + 1 < length ? 2 : 1;
            while (i < length) {
                char d = text.charAt(i);
                if (d < 0x80) {
                    if (!ASCII_LETTER[d]) {
                        break;
                    }
                    i++;
                } else {
                    if (!isWordChar(text, i)) {
                        break;
                    }
                    i += Character.isHighSurrogate(d) && i + 1 < length ? 2 : 1;
                }
            }
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = start;
            ends[n] = i;
            n++;
        }
        return new Words(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    /** For a character beyond ASCII at {@code i}: a letter or combining mark. */
    private static boolean isWordChar(String text, int i) {
        int cp = text.codePointAt(i);
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    /** The text these are the words of. */
    public String text() {
        return text;
    }

    public int size() {
        return starts.length;
    }

    public int start(int word) {
        return starts[word];
    }

    public int end(int word) {
        return ends[word];
    }

    public String word(int word) {
        return text.substring(starts[word], ends[word]);
    }

    /** True when the word starts with an upper-case letter. */
    public boolean capitalised(int word) {
        // Asked of every word by the profile, the variant detector and the name rules: ASCII first.
        char first = text.charAt(starts[word]);
        return first < 0x80 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(text.codePointAt(starts[word]));
    }
}
