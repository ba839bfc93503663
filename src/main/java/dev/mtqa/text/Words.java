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
    /** Whether every word is plain ASCII (so {@link #ascii} need not read any). */
    private final boolean allAscii;

    private Words(String text, int[] starts, int[] ends, boolean allAscii) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.allAscii = allAscii;
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
        return of(text, text.toCharArray());
    }

    /**
     * The words of {@code text}, read from {@code chars}, its characters: reading an array is a
     * load, String.charAt a check of the string's encoding and a bounds check at every character.
     */
    public static Words of(String text, char[] chars) {
        // Every document is split into words once per pass. ASCII is answered from a table, and
        // only other characters are decoded as code points and looked up in Unicode's tables.
        int length = chars.length;
        int[] starts = new int[Math.max(16, length / 6)];
        int[] ends = new int[starts.length];
        int n = 0;
        int i = 0;
        boolean allAscii = true;
        while (i < length) {
            char c = chars[i];
            if (c < 0x80 ? !ASCII_LETTER[c] : !isWordChar(chars, i)) {
                i++;
                continue;
            }
            int start = i;
            allAscii &= c < 0x80;
            i += c >= 0x80 && Character.isHighSurrogate(c) && i + 1 < length ? 2 : 1;
            while (i < length) {
                char d = chars[i];
                if (d < 0x80) {
                    if (!ASCII_LETTER[d]) {
                        break;
                    }
                    i++;
                } else {
                    if (!isWordChar(chars, i)) {
                        break;
                    }
                    allAscii = false;
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
        return new Words(text, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), allAscii);
    }

    /** For a character beyond ASCII at {@code i}: a letter or combining mark. */
    private static boolean isWordChar(char[] text, int i) {
        int cp = Character.codePointAt(text, i);
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

    /** True when the word is plain ASCII. */
    public boolean ascii(int word) {
        if (allAscii) {
            return true;
        }
        for (int i = starts[word]; i < ends[word]; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code offset} is inside a word, after its first character: a span of the text
     * that starts or ends there cuts the word.
     */
    public boolean cuts(int offset) {
        if (offset <= 0 || offset >= text.length()) {
            return false;
        }
        char before = text.charAt(offset - 1);
        char at = text.charAt(offset);
        if (before < 0x80 && at < 0x80 && !(ASCII_LETTER[before] && ASCII_LETTER[at])) {
            // Most offsets asked about are next to a space or a full stop: no search.
            return false;
        }
        int word = containing(offset);
        return word >= 0 && starts[word] < offset;
    }

    /** The word {@code offset} is inside of ({@code start <= offset < end}), or -1 between words. */
    public int containing(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        int word = found >= 0 ? found : -found - 2;
        return word >= 0 && offset < ends[word] ? word : -1;
    }

    /** True when the word starts with an upper-case letter. */
    public boolean capitalised(int word) {
        // Asked of every word by the profile, the variant detector and the name rules: ASCII first.
        char first = text.charAt(starts[word]);
        return first < 0x80 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(text.codePointAt(starts[word]));
    }
}
