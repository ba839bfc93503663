package dev.mtqa.corpus;

/**
 * The {@link LineKey#tag tags} of a set of line keys, as a bit set: a line whose tag is not in it
 * is none of those lines, told from its two ends without hashing the whole line. The profile's
 * repeated lines are a few thousand of a corpus's hundreds of thousands, and every line of every
 * document is looked up among them; hashing each whole line for that was a fifteenth of a
 * {@code --no-grammar} check.
 *
 * <p>Sized at sixteen bits per key (at most one bit in sixteen set, so about one line in sixteen
 * that is not repeated still has its whole key looked up) up to the 2<sup>20</sup> tags there are.
 * Immutable once built.
 */
final class LineTags {
    private static final int MIN_BITS = 6;
    private final long[] words;
    /** Tags are shifted right by this much to index the set: its size is 2^(TAG_BITS - shift). */
    private final int shift;

    LineTags(BoundedCounts lines) {
        int bits = MIN_BITS;
        while (bits < LineKey.TAG_BITS && (1L << bits) < 16L * lines.size()) {
            bits++;
        }
        this.shift = LineKey.TAG_BITS - bits;
        this.words = new long[1 << (bits - MIN_BITS)];
        lines.forEachKey(key -> {
            int index = LineKey.tagOf(key) >>> shift;
            words[index >>> MIN_BITS] |= 1L << index;
        });
    }

    /** False only when no key of the set has {@code tag}. */
    boolean mayContain(int tag) {
        int index = tag >>> shift;
        return (words[index >>> MIN_BITS] & 1L << index) != 0;
    }
}
