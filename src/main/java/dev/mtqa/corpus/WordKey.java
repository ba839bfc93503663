package dev.mtqa.corpus;

/** A word's 64-bit FNV-1a hash: names are counted by hash to keep the profile small. */
final class WordKey {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private WordKey() {
    }

    static long hash(CharSequence word) {
        return hash(word, 0, word.length());
    }

    /** The hash of {@code text[start, end)}, without copying it. */
    static long hash(CharSequence text, int start, int end) {
        long h = FNV_OFFSET;
        for (int i = start; i < end; i++) {
            h = (h ^ text.charAt(i)) * FNV_PRIME;
        }
        return h;
    }
}
