package dev.mtqa.text;

import java.util.Arrays;

/**
 * Converts between the three ways of pointing into a text: Java's UTF-16 indices (what
 * {@link String} and LanguageTool use), code point offsets (what mtqa's output promises) and
 * 1-based line/column positions. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}.
 *
 * <p>Built once per document in linear time; every lookup is a binary search. Text without
 * characters outside the Basic Multilingual Plane (most news) takes the fast path where UTF-16
 * indices and code point offsets coincide.
 */
public final class TextIndex {
    private final String text;
    /** UTF-16 index at which each line starts. */
    private final int[] lineStarts;
    /** UTF-16 index of the low surrogate of each surrogate pair, ascending. */
    private final int[] lowSurrogates;

    public TextIndex(String text) {
        this(text, text.toCharArray());
    }

    /** The index of {@code text}, read from {@code chars}, its characters (faster than String.charAt). */
    public TextIndex(String text, char[] chars) {
        this.text = text;
        // Plain int arrays, grown by doubling: every document of a corpus is indexed, and boxing
        // each line start into a list was a visible part of that.
        int[] starts = new int[16];
        int lines = 1;
        int pairs = 0;
        int[] lows = new int[16];
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c > '\r' && c < Character.MIN_HIGH_SURROGATE) {
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && chars[i + 1] == '\n') {
                    i++;
                }
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                if (pairs == lows.length) {
                    lows = Arrays.copyOf(lows, pairs * 2);
                }
                lows[pairs++] = i + 1;
                i++;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, lines);
        this.lowSurrogates = Arrays.copyOf(lows, pairs);
    }

    public String text() {
        return text;
    }

    /** Number of code points in the whole text. */
    public int codePointLength() {
        return text.length() - lowSurrogates.length;
    }

    /** Code point offset of the UTF-16 index {@code charIndex} (0 ≤ charIndex ≤ length). */
    public int toCodePoint(int charIndex) {
        checkCharIndex(charIndex);
        if (lowSurrogates.length == 0) {
            return charIndex;
        }
        // Every low surrogate strictly before charIndex is a second unit of a code point already counted.
        return charIndex - countBelow(lowSurrogates, charIndex);
    }

    /** UTF-16 index of the code point offset {@code codePoint} (0 ≤ codePoint ≤ codePointLength). */
    public int toCharIndex(int codePoint) {
        if (codePoint < 0 || codePoint > codePointLength()) {
            throw new IndexOutOfBoundsException("code point offset " + codePoint + " outside [0, " + codePointLength() + "]");
        }
        if (lowSurrogates.length == 0) {
            return codePoint;
        }
        // The j-th surrogate pair (0-based) is the code point at offset lowSurrogates[j] - 1 - j, and
        // those offsets increase with j: count the pairs before codePoint, each one char longer.
        int lo = 0;
        int hi = lowSurrogates.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lowSurrogates[mid] - 1 - mid < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePoint + lo;
    }

    /** 1-based line and code point column of the UTF-16 index {@code charIndex}. */
    public Position position(int charIndex) {
        checkCharIndex(charIndex);
        int line = lineOf(charIndex);
        int lineStart = lineStarts[line];
        int column = toCodePoint(charIndex) - toCodePoint(lineStart) + 1;
        return new Position(line + 1, column);
    }

    /** Number of lines; a text ending in a line break has an empty last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    /** UTF-16 span of the 0-based line {@code line}, without its line break. */
    public Span line(int line) {
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return new Span(start, end);
    }

    /** UTF-16 span of the 0-based line {@code line} including its line break, if it has one. */
    public Span lineWithBreak(int line) {
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        return new Span(start, end);
    }

    /** 0-based line that contains the UTF-16 index {@code charIndex}. */
    public int lineOf(int charIndex) {
        int i = Arrays.binarySearch(lineStarts, charIndex);
        return i >= 0 ? i : -i - 2;
    }

    private void checkCharIndex(int charIndex) {
        if (charIndex < 0 || charIndex > text.length()) {
            throw new IndexOutOfBoundsException("index " + charIndex + " outside [0, " + text.length() + "]");
        }
    }

    private static int countBelow(int[] sorted, int value) {
        int i = Arrays.binarySearch(sorted, value);
        return i >= 0 ? i : -i - 1;
    }
}
