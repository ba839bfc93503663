package dev.mtqa.text;

import java.util.Map;

/**
 * An immutable map from words to values that is looked up with a span of a text, without
 * building a string: the rules that look up every word of every document (the English variant
 * detector reads each word of a corpus twice) would otherwise allocate a substring, and often a
 * lower-cased copy, per word.
 *
 * <p>Only keys of plain ASCII are stored in the fast table; {@link #get} answers for a span of
 * ASCII letters from it, folding upper case when asked to. A span with any other character is
 * looked up the ordinary way (substring, {@link String#toLowerCase(java.util.Locale)} with
 * {@link java.util.Locale#ROOT}), so the answers are exactly those of a {@code Map<String, V>}
 * whatever the text.
 *
 * @param <V> the values
 */
public final class AsciiWordMap<V> {
    /**
     * Longer spans and keys have no shape: the shape table stays small (100 KB at most) whatever a
     * user's word list holds.
     */
    private static final int LONGEST_SHAPE = 40;

    private final Map<String, V> all;
    /** Open addressing, linear probing; a power of two at most half full. */
    private final String[] keys;
    private final Object[] values;
    private final int mask;
    /**
     * Which shapes the keys have: a bit per key length, first letter, last letter and the letter
     * before the last (a-z, or "anything else"). Most words of a text are answered "no" from this
     * bit after reading three characters: with thousands of keys nearly every first and every last
     * letter occurs at each length, but few of the triples do.
     */
    private final long[] shapes;
    private final int longest;
    /** The shapes may answer "no" only when every key is ASCII (see {@link #get}). */
    private final boolean asciiKeysOnly;

    public AsciiWordMap(Map<String, V> entries) {
        this.all = Map.copyOf(entries);
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2) - 1) << 1;
        this.keys = new String[capacity];
        this.values = new Object[capacity];
        this.mask = capacity - 1;
        int longest = 0;
        for (String key : all.keySet()) {
            longest = Math.max(longest, key.length());
        }
        this.longest = longest;
        this.shapes = new long[(shape(Math.min(longest, LONGEST_SHAPE), 26, 26, 26) >>> 6) + 1];
        this.asciiKeysOnly = all.keySet().stream().allMatch(AsciiWordMap::isAscii);
        for (Map.Entry<String, V> e : all.entrySet()) {
            String key = e.getKey();
            if (!isAscii(key) || key.isEmpty()) {
                continue;
            }
            int shape = shapeOf(key, 0, key.length(), false);
            if (shape >= 0) {
                shapes[shape >>> 6] |= 1L << shape;
            }
            int slot = hash(key, 0, key.length(), false) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = e.getValue();
        }
    }

    /**
     * The value of the word {@code text[start, end)}, or null. With {@code foldCase} the word is
     * looked up lower-cased, as {@code get(word.toLowerCase(Locale.ROOT))} would; without it, as written.
     */
    @SuppressWarnings("unchecked")
    public V get(String text, int start, int end, boolean foldCase) {
        int length = end - start;
        if (length <= 0) {
            return all.get("");
        }
        // The quick "no". Exact when every key is ASCII: a span that lower-cases to an ASCII key
        // keeps its length and, where they are ASCII, its first, last and second-last letters (the
        // one character whose lower case is longer, U+0130, leaves a non-ASCII U+0307 behind).
        if (asciiKeysOnly) {
            if (length > longest) {
                return null;
            }
            int shape = shapeOf(text, start, end, foldCase);
            if (shape >= 0 && (shapes[shape >>> 6] & (1L << shape)) == 0) {
                return null;
            }
        }
        int slot = hash(text, start, end, foldCase);
        if (slot == NOT_ASCII) {
            String word = text.substring(start, end);
            return all.get(foldCase ? word.toLowerCase(java.util.Locale.ROOT) : word);
        }
        slot &= mask;
        for (String key = keys[slot]; key != null; key = keys[slot]) {
            if (matches(key, text, start, end, foldCase)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static boolean matches(String key, String text, int start, int end, boolean foldCase) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = text.charAt(start + i);
            if (foldCase) {
                c = lower(c);
            }
            if (c != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** What {@link #hash} returns for a span with a character beyond ASCII: never a hash (those are non-negative). */
    private static final int NOT_ASCII = -1;

    /**
     * The table hash of {@code text[start, end)}, or {@link #NOT_ASCII}: one pass both hashes the
     * word and finds out whether the fast table can answer for it.
     */
    private static int hash(String text, int start, int end, boolean foldCase) {
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return NOT_ASCII;
            }
            h = 31 * h + (foldCase ? lower(c) : c);
        }
        // Spread the bits (the table index uses the low ones); never negative, so never NOT_ASCII.
        return (h ^ (h >>> 16)) & Integer.MAX_VALUE;
    }

    /**
     * The shape of the non-empty span {@code text[start, end)} (see {@link #shapes}), or -1 when one
     * of the three letters it is made of is not ASCII (such a span may still lower-case to a key) or
     * the span is longer than {@link #LONGEST_SHAPE}.
     */
    private static int shapeOf(String text, int start, int end, boolean foldCase) {
        if (end - start > LONGEST_SHAPE) {
            return -1;
        }
        char first = text.charAt(start);
        char last = text.charAt(end - 1);
        char beforeLast = end - start >= 2 ? text.charAt(end - 2) : ' ';
        if ((first | last | beforeLast) >= 0x80) {
            return -1;
        }
        return shape(end - start, letterCode(first, foldCase), letterCode(last, foldCase), letterCode(beforeLast, foldCase));
    }

    private static int shape(int length, int first, int last, int beforeLast) {
        return ((length * 27 + first) * 27 + last) * 27 + beforeLast;
    }

    /** 0-25 for a-z (A-Z too when folding case), 26 for any other ASCII character. */
    private static int letterCode(char c, boolean foldCase) {
        char l = foldCase ? lower(c) : c;
        return l >= 'a' && l <= 'z' ? l - 'a' : 26;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
