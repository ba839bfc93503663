package dev.mtqa.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * The sentence boundaries of Unicode UAX #29 (rules SB1 to SB11), found in one pass over a text
 * whose characters are all in the Basic Multilingual Plane and none of them Extend or Format, so
 * that rule SB5 (which makes such characters invisible to the other rules) never applies. That is
 * nearly every news text; {@link #reset} says when a text is not, and then ICU's own iterator must
 * be asked instead.
 *
 * <p>Why: ICU's rule-based iterator reads every character through a {@link CharacterIterator}
 * and its state table, some 7 ns a character, a tenth of a {@code --no-grammar} run. But a
 * sentence can only end after a line break or after a terminator (. ! ? and the like, then closing
 * punctuation and spaces), so this class looks at each character's class once, in a table, and
 * applies the rules only at those few places. The classes are ICU's own (the Sentence_Break
 * property), so both read the same Unicode version; tests compare the two boundary by boundary on
 * random and real text.
 *
 * <p>A {@link BreakIterator} so that ICU's filter for abbreviations ("Mr.", "U.S.") can wrap it
 * exactly as it wraps ICU's iterator ({@code com.ibm.icu.text.FilteredBreakIteratorBuilder}): the
 * filter reads the text through {@link #getText()} and the boundaries through {@link #next()}.
 * Not thread-safe.
 */
final class DirectSentenceBreaks extends BreakIterator {
    // The classes of the Sentence_Break property that the rules tell apart, ordered so that every
    // class below ATERM can neither end a sentence nor be the line break after which one ends.
    private static final byte OTHER = 0;
    private static final byte SP = 1;
    private static final byte LOWER = 2;
    private static final byte UPPER = 3;
    private static final byte OLETTER = 4;
    private static final byte NUMERIC = 5;
    private static final byte CLOSE = 6;
    private static final byte SCONTINUE = 7;
    private static final byte ATERM = 8;
    private static final byte STERM = 9;
    private static final byte SEP = 10;
    private static final byte CR = 11;
    private static final byte LF = 12;
    /** Extend, Format and surrogates: a text with any of them is left to ICU. */
    private static final byte UNSUPPORTED = 13;

    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CLASS[c] = Character.isSurrogate((char) c) ? UNSUPPORTED : classOf(UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK));
        }
    }

    private static byte classOf(int sentenceBreak) {
        return switch (sentenceBreak) {
            case UCharacter.SentenceBreak.SP -> SP;
            case UCharacter.SentenceBreak.LOWER -> LOWER;
            case UCharacter.SentenceBreak.UPPER -> UPPER;
            case UCharacter.SentenceBreak.OLETTER -> OLETTER;
            case UCharacter.SentenceBreak.NUMERIC -> NUMERIC;
            case UCharacter.SentenceBreak.CLOSE -> CLOSE;
            case UCharacter.SentenceBreak.SCONTINUE -> SCONTINUE;
            case UCharacter.SentenceBreak.ATERM -> ATERM;
            case UCharacter.SentenceBreak.STERM -> STERM;
            case UCharacter.SentenceBreak.SEP -> SEP;
            case UCharacter.SentenceBreak.CR -> CR;
            case UCharacter.SentenceBreak.LF -> LF;
            case UCharacter.SentenceBreak.EXTEND, UCharacter.SentenceBreak.FORMAT -> UNSUPPORTED;
            default -> OTHER;
        };
    }

    private String text = "";
    private final StringCharacterIterator characters = new StringCharacterIterator("");
    /** The boundaries, ascending, 0 and the text's length included. */
    private int[] boundaries = {0};
    private int current;

    /**
     * Finds the boundaries of {@code text} and starts at its beginning. False, with no text set,
     * when the text holds a character outside what this class reads (see the class comment).
     */
    boolean reset(String newText) {
        return reset(newText, newText.toCharArray());
    }

    /** {@link #reset(String)}, reading {@code chars}, the text's characters (faster than String.charAt). */
    boolean reset(String newText, char[] chars) {
        int[] found = find(chars);
        if (found == null) {
            return false;
        }
        text = newText;
        characters.setText(newText);
        boundaries = found;
        current = 0;
        return true;
    }

    /** The boundaries of the text whose characters are {@code text}, ascending from 0; null when it holds an unsupported character. */
    private static int[] find(char[] text) {
        int n = text.length;
        int[] found = new int[Math.max(8, n / 64)];
        int count = 1;
        for (int i = 0; i < n; i++) {
            byte cls = CLASS[text[i]];
            if (cls < ATERM) {
                continue;
            }
            int boundary;
            switch (cls) {
                case UNSUPPORTED:
                    return null;
                case SEP, LF:
                    boundary = i + 1; // SB4
                    break;
                case CR:
                    if (i + 1 < n && text[i + 1] == '\n') {
                        continue; // SB3: the boundary comes after the LF
                    }
                    boundary = i + 1;
                    break;
                default: {
                    // A terminator: its sentence may end after the closing marks and spaces that follow.
                    int u = i + 1;
                    while (u < n && CLASS[text[u]] == CLOSE) {
                        u++;
                    }
                    while (u < n && CLASS[text[u]] == SP) {
                        u++;
                    }
                    if (u == n) {
                        i = n; // SB2: the end of the text is a boundary anyway
                        continue;
                    }
                    int verdict = endsBefore(text, i, cls == ATERM, u);
                    if (verdict < 0) {
                        return null;
                    }
                    // Whatever the verdict, the character at u is read next: it may be a terminator
                    // or a line break itself.
                    i = u - 1;
                    if (verdict == 0) {
                        continue;
                    }
                    boundary = u;
                    break;
                }
            }
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = boundary;
        }
        if (n > 0 && found[count - 1] != n) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count + 1);
            }
            found[count++] = n;
        }
        return Arrays.copyOf(found, count);
    }

    /**
     * Rules SB6 to SB11 for the place {@code u}, after the terminator at {@code t}, its closing
     * marks and its spaces: 1 when a sentence ends there, 0 when not, -1 when the answer depends
     * on a character this class does not read.
     */
    private static int endsBefore(char[] text, int t, boolean aTerm, int u) {
        byte next = CLASS[text[u]];
        if (next == UNSUPPORTED) {
            return -1;
        }
        if (aTerm && u == t + 1) {
            if (next == NUMERIC) {
                return 0; // SB6: 3.14
            }
            if (next == UPPER && t > 0) {
                byte before = CLASS[text[t - 1]];
                if (before == UNSUPPORTED) {
                    return -1;
                }
                if (before == UPPER || before == LOWER) {
                    return 0; // SB7: U.S
                }
            }
        }
        if (aTerm) {
            // SB8: no end where the next letter, past anything but letters, line breaks and
            // terminators, is lower case ("etc. and", "5 p.m. on").
            int m = u;
            byte c = next;
            while (c != OLETTER && c != UPPER && c != LOWER && c != SEP && c != CR && c != LF && c != STERM && c != ATERM) {
                if (c == UNSUPPORTED) {
                    return -1;
                }
                if (++m == text.length) {
                    break;
                }
                c = CLASS[text[m]];
            }
            if (m < text.length && c == LOWER) {
                return 0;
            }
        }
        if (next == SCONTINUE || next == STERM || next == ATERM) {
            return 0; // SB8a
        }
        if (next == SEP || next == CR || next == LF) {
            return 0; // SB9, SB10: the sentence ends after the line break (SB4)
        }
        // SB9 and SB10 otherwise speak of a closing mark or space at u, and those were all taken
        // in before u: SB11.
        return 1;
    }

    @Override
    public int first() {
        current = 0;
        return 0;
    }

    @Override
    public int last() {
        current = boundaries.length - 1;
        return boundaries[current];
    }

    @Override
    public int next(int n) {
        int result = current();
        for (int k = 0; k < n && result != DONE; k++) {
            result = next();
        }
        for (int k = 0; k > n && result != DONE; k--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (current + 1 >= boundaries.length) {
            return DONE;
        }
        return boundaries[++current];
    }

    @Override
    public int previous() {
        if (current == 0) {
            return DONE;
        }
        return boundaries[--current];
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        int k = Arrays.binarySearch(boundaries, offset + 1);
        int at = k >= 0 ? k : -k - 1;
        if (at >= boundaries.length) {
            current = boundaries.length - 1;
            return DONE;
        }
        current = at;
        return boundaries[at];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        int k = Arrays.binarySearch(boundaries, offset);
        int at = (k >= 0 ? k : -k - 1) - 1;
        if (at < 0) {
            current = 0;
            return DONE;
        }
        current = at;
        return boundaries[at];
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside [0, " + text.length() + "]");
        }
    }

    @Override
    public int current() {
        return boundaries[current];
    }

    @Override
    public CharacterIterator getText() {
        return characters;
    }

    @Override
    public void setText(String newText) {
        if (!reset(newText)) {
            throw new IllegalArgumentException("text holds characters this iterator does not read; ask ICU's");
        }
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder sb = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            sb.append(c);
        }
        setText(sb.toString());
    }
}
