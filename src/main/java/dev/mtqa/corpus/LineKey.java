package dev.mtqa.corpus;

import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * How lines are compared across documents: case-insensitive, with runs of whitespace (including
 * no-break spaces) folded to one space and the ends trimmed, so "Most Popular" and
 * " most  popular" are the same line. Kept as a 64-bit key, computed in one pass without
 * building the normalised string, to keep the profile small and the first pass fast.
 *
 * <p>The key's top {@link #TAG_BITS} bits are the line's {@link #tag}, a hash of only its first and
 * last eight characters other than whitespace (folded), which is read off a line's two ends
 * without the pass over the whole of it; the other 44 bits are the top of a 64-bit FNV-1a hash of
 * the whole normalised line. Equal lines have equal tags, so a profile that knows the tags of its
 * repeated lines can tell that a line is not one of them from its ends alone
 * ({@link CorpusProfile#documentsWithLine(String, int, int)}).
 */
public final class LineKey {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** How many bits of a key are its {@link #tag}. */
    static final int TAG_BITS = 20;
    /** How many characters at each end of a line its {@link #tag} reads. */
    private static final int TAG_CHARACTERS = 8;

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
        return hash(text, from, to, tag(text, from, to));
    }

    /**
     * The tag of the normalised line {@code text[from, to)}: a hash of its first and its last eight
     * characters that are not whitespace, case folded (fewer when it has fewer), in
     * [0, 2<sup>{@value #TAG_BITS}</sup>). Reads at most sixteen of them, however long the line.
     */
    public static int tag(String text, int from, int to) {
        long h = hashEnd(text, from, to, 1, FNV_OFFSET);
        h = hashEnd(text, to - 1, from - 1, -1, h);
        // The murmur3 finaliser, so that every bit of the tag depends on every character read.
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return (int) ((h ^ (h >>> 33)) >>> (64 - TAG_BITS));
    }

    /**
     * {@code h} with the first {@link #TAG_CHARACTERS} characters other than whitespace met going
     * from {@code first} towards {@code end} (exclusive) by {@code step}, folded, hashed in.
     */
    private static long hashEnd(String text, int first, int end, int step, long h) {
        int n = 0;
        for (int i = first; i != end && n < TAG_CHARACTERS; i += step) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                h = (h ^ fold(c)) * FNV_PRIME;
                n++;
            }
        }
        return h;
    }

    /** The {@link #hash} of {@code text[from, to)} whose {@link #tag} the caller already has. */
    static long hash(String text, int from, int to, int tag) {
        return key(tag, hash(text, from, to, null));
    }

    /** The {@link #tag} a key was made with. */
    static int tagOf(long key) {
        return (int) (key >>> (64 - TAG_BITS));
    }

    /** A key from a line's tag and the hash of the whole line (whose top bits are its best mixed). */
    private static long key(int tag, long whole) {
        return (long) tag << (64 - TAG_BITS) | whole >>> TAG_BITS;
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
     * The FNV-1a hash of the normalised {@code text[from, to)}; with a {@code lines} sink, line
     * breaks end lines instead of counting as spaces, and each non-blank line's key goes to the
     * sink as it ends.
     */
    private static long hash(String text, int from, int to, LongConsumer lines) {
        long h = FNV_OFFSET;
        boolean pendingSpace = false;
        boolean started = false;
        int lineStart = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (lines != null && (c == '\n' || c == '\r')) {
                    if (started) {
                        lines.accept(key(tag(text, lineStart, i), h));
                    }
                    h = FNV_OFFSET;
                    pendingSpace = false;
                    started = false;
                    if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    lineStart = i + 1;
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
            h = (h ^ fold(c)) * FNV_PRIME;
        }
        if (lines != null && started) {
            lines.accept(key(tag(text, lineStart, to), h));
        }
        return h;
    }

    private static char fold(char c) {
        return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }

    private static boolean isSpace(char c) {
        // Printable ASCII first: nearly every character of a line, and never a space but ' '.
        if (c > ' ' && c < 0x7f) {
            return false;
        }
        return c == ' ' || c == '\t' || c == '\u00a0' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
