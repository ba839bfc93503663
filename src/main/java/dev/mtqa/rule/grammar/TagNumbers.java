package dev.mtqa.rule.grammar;

import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Numbers the kinds of reading LanguageTool's sentences hold, as far as a part-of-speech condition
 * can tell them apart: the reading's tag (null included) and whether LanguageTool counts it as
 * untagged ({@link AnalyzedToken#hasNoTag()}). What a pattern token's POS condition says of a
 * reading depends on these two things only, so it is worked out once per number
 * ({@link PosCondition}) instead of once per reading of every sentence.
 *
 * <p>English has some fifty tags and a few helper tags (SENT_START, SENT_END, PARA_END); the first
 * {@link #CAPACITY} kinds get a number and any beyond get none, which makes the sentences holding
 * them undecided (every rule is tried on them, as without hints). {@link #SHARED} is the one
 * numbering of the process, used by all threads.
 */
final class TagNumbers {
    /**
     * Numbers a sentence's kinds are a set of, as bits in {@value #WORDS} longs. English runs use
     * 50 to 80 kinds (the benchmark corpus 51, the MQM translations 72).
     */
    static final int CAPACITY = 256;
    static final int WORDS = CAPACITY / 64;
    static final int NONE = -1;
    static final TagNumbers SHARED = new TagNumbers(CAPACITY);

    private final int capacity;
    private final ConcurrentHashMap<String, Integer> tagged = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> untagged = new ConcurrentHashMap<>();
    /** Numbers of the readings whose tag is null: [tagged, untagged]; NONE until seen. */
    private final AtomicIntegerArray nullTag = new AtomicIntegerArray(new int[] {NONE, NONE});
    /** One reading of each number, for working out what a condition says of the number. */
    private final AtomicReferenceArray<AnalyzedToken> examples;
    private int next;

    /** A numbering of its own, for tests; {@code capacity} at most {@link #CAPACITY}. */
    TagNumbers(int capacity) {
        if (capacity < 0 || capacity > CAPACITY) {
            throw new IllegalArgumentException("capacity " + capacity + " is not between 0 and " + CAPACITY);
        }
        this.capacity = capacity;
        this.examples = new AtomicReferenceArray<>(capacity);
    }

    /** The number of the reading's kind, or {@link #NONE} once all numbers are taken. */
    int of(AnalyzedToken reading) {
        String tag = reading.getPOSTag();
        boolean noTag = reading.hasNoTag();
        int known = known(tag, noTag);
        return known != NONE ? known : assign(reading, tag, noTag);
    }

    private int known(String tag, boolean noTag) {
        if (tag == null) {
            return nullTag.get(noTag ? 1 : 0);
        }
        Integer number = (noTag ? untagged : tagged).get(tag);
        return number == null ? NONE : number;
    }

    private synchronized int assign(AnalyzedToken reading, String tag, boolean noTag) {
        int known = known(tag, noTag);
        if (known != NONE || next == capacity) {
            return known;
        }
        int number = next++;
        // A reading of its own: the sentence's may still be changed by LanguageTool. It is published
        // before the number (both with happens-before edges), so whoever sees the number finds it.
        AnalyzedToken example = new AnalyzedToken(reading.getToken(), tag, reading.getLemma());
        example.setNoPOSTag(noTag);
        examples.set(number, example);
        if (tag == null) {
            nullTag.set(noTag ? 1 : 0, number);
        } else {
            (noTag ? untagged : tagged).put(tag, number);
        }
        return number;
    }

    /** A reading of kind {@code number}. */
    AnalyzedToken example(int number) {
        return examples.get(number);
    }

    /**
     * The kinds of reading in a sentence: a set of numbers, or "undecided" when a reading has no
     * number. Every token counts, whitespace included, so the set can only hold more than the
     * tokens LanguageTool matches its patterns against, never less.
     */
    static final class InSentence {
        private static final InSentence UNDECIDED = new InSentence(null);
        /** Bit {@code n % 64} of word {@code n / 64} for kind {@code n}; null when undecided. */
        private final long[] bits;

        private InSentence(long[] bits) {
            this.bits = bits;
        }

        boolean undecided() {
            return bits == null;
        }

        /** Word {@code i} of the set (kinds {@code 64 i} to {@code 64 i + 63}); 0 when undecided. */
        long word(int i) {
            return bits == null ? 0 : bits[i];
        }

        /** The kinds of {@code sentence}'s readings in the {@link #SHARED} numbering. */
        static InSentence of(AnalyzedSentence sentence) {
            return of(sentence, SHARED);
        }

        static InSentence of(AnalyzedSentence sentence, TagNumbers numbers) {
            long[] bits = new long[WORDS];
            for (AnalyzedTokenReadings token : sentence.getTokens()) {
                for (int i = 0, n = token.getReadingsLength(); i < n; i++) {
                    int number = numbers.of(token.getAnalyzedToken(i));
                    if (number == NONE) {
                        return UNDECIDED;
                    }
                    bits[number >>> 6] |= 1L << number;
                }
            }
            return new InSentence(bits);
        }
    }
}
