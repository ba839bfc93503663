package dev.mtqa.rule.terminology;

/**
 * 64-bit hashes of the {@link TransliterationSkeleton skeletons} of words read in place, for the
 * inconsistent-spelling rule's quick "nothing to find": every capitalised word of every document
 * is asked. The words a corpus capitalises are mostly the same few thousand names, so the last
 * skeleton hashes are kept by a hash of the word as written (a direct-mapped table: a word pushes
 * out the one before it in its slot); a word of ASCII letters not kept is reduced in a buffer,
 * without building a string, any other by {@link TransliterationSkeleton#of}. One per thread:
 * not thread-safe.
 */
final class SkeletonHashes {
    private static final int SLOTS = 4096;
    private final long[] words = new long[SLOTS];
    private final long[] skeletons = new long[SLOTS];
    private char[] buffer = new char[32];

    /** {@link TransliterationSkeleton#hash(String)} of the skeleton of {@code text[start, end)}. */
    long of(String text, int start, int end) {
        long word = TransliterationSkeleton.FNV_OFFSET;
        for (int i = start; i < end; i++) {
            word = (word ^ text.charAt(i)) * TransliterationSkeleton.FNV_PRIME;
        }
        // Never 0, the mark of an empty slot.
        word |= 1;
        int slot = (int) (word ^ word >>> 29) & (SLOTS - 1);
        if (words[slot] == word) {
            return skeletons[slot];
        }
        long skeleton = reduce(text, start, end);
        words[slot] = word;
        skeletons[slot] = skeleton;
        return skeleton;
    }

    private long reduce(String text, int start, int end) {
        if (buffer.length < end - start) {
            buffer = new char[end - start];
        }
        char[] chars = buffer;
        // TransliterationSkeleton.reduce's steps in its order, each as String.replace does it (left
        // to right, without overlaps): lower case and "kh" -> "h" as the word is copied, then
        // "ph" -> "f" in place, then "ck" -> "k", w -> v, y -> i and doubled letters single as the
        // result is hashed.
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return TransliterationSkeleton.hash(TransliterationSkeleton.of(text.substring(start, end)));
            }
            if (c == '\'' || c == '-') {
                continue;
            }
            c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            // A k still in the buffer is one no earlier pair took (a pair leaves an h).
            if (c == 'h' && n > 0 && chars[n - 1] == 'k') {
                chars[n - 1] = 'h';
            } else {
                chars[n++] = c;
            }
        }
        n = replace(chars, n, 'p', 'h', 'f');
        long h = TransliterationSkeleton.FNV_OFFSET;
        char previous = 0;
        boolean first = true;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c == 'c' && i + 1 < n && chars[i + 1] == 'k') {
                c = 'k';
                i++;
            } else if (c == 'w') {
                c = 'v';
            } else if (c == 'y') {
                c = 'i';
            }
            if (first || c != previous) {
                h = (h ^ c) * TransliterationSkeleton.FNV_PRIME;
            }
            previous = c;
            first = false;
        }
        return h;
    }

    /** Replaces each pair {@code first second} of {@code chars[0, n)} by {@code by}; the new length. */
    private static int replace(char[] chars, int n, char first, char second, char by) {
        int out = 0;
        int i = 0;
        while (i < n) {
            if (i + 1 < n && chars[i] == first && chars[i + 1] == second) {
                chars[out++] = by;
                i += 2;
            } else {
                chars[out++] = chars[i++];
            }
        }
        return out;
    }
}
