package dev.mtqa.rule.grammar;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.rules.patterns.StringMatcher;

import java.util.Arrays;
import java.util.List;

/**
 * Where in one sentence each hinted word or lemma stands and each part-of-speech condition holds,
 * as bit sets over the sentence's tokens: LanguageTool's non-whitespace tokens, numbered as its
 * pattern matcher and its own word index number them (bit {@code j % 64} of long {@code j / 64}
 * for token {@code j}). Each set is worked out when first asked for and kept in the thread's
 * tables until another sentence's takes its place (then it is worked out again if asked); most
 * rules ask about a handful of words and conditions, and a sentence's rules share them. For one
 * sentence and one thread.
 */
final class TokenPositions {
    private final AnalyzedSentence sentence;
    /** The sentence's non-whitespace tokens (LanguageTool hands out a copy each time it is asked). */
    private final AnalyzedTokenReadings[] readings;
    private final WordHints words;
    private final WordHints.Present present;
    private final TagNumbers.InSentence kinds;
    private final int tokens;
    private final long[] none;
    private final long[] every;
    /** This sentence's sets in the thread's tables, told from other sentences' by {@link #stamp}. */
    private final Kept byNumber;
    private final Kept byCondition;
    private final int stamp;
    /** The kinds of reading the sentence's tokens have, and where each stands ({@link #readKinds}). */
    private int[] kindNumbers;
    private long[][] kindPositions;
    /** The tokens with a reading of a kind that has no number. */
    private long[] unnumbered;

    TokenPositions(AnalyzedSentence sentence, WordHints words, WordHints.Present present, TagNumbers.InSentence kinds) {
        this.sentence = sentence;
        this.words = words;
        this.present = present;
        this.kinds = kinds;
        this.readings = sentence.getTokensWithoutWhitespace();
        this.tokens = readings.length;
        this.none = new long[WordHints.words(tokens)];
        this.every = new long[none.length];
        Arrays.fill(every, -1L);
        if (tokens % 64 != 0) {
            every[every.length - 1] = (1L << tokens) - 1;
        }
        Kept.Tables tables = Kept.TABLES.get();
        this.byNumber = tables.words;
        this.byCondition = tables.conditions;
        this.stamp = tables.nextStamp();
    }

    /** How many tokens the sentence has. */
    int tokens() {
        return tokens;
    }

    /** Every token's position: where a match may begin, before anything rules one out. */
    long[] every() {
        return every;
    }

    /**
     * Whether some reading of token {@code j} has a text {@code matcher} matches; false past the
     * last token. Readings mostly share their token's text, which is then matched once.
     */
    boolean textMatches(int j, StringMatcher matcher) {
        if (j >= tokens) {
            return false;
        }
        AnalyzedTokenReadings token = readings[j];
        String tried = null;
        for (int i = 0, n = token.getReadingsLength(); i < n; i++) {
            // A disambiguation rule may add a reading with a text of its own.
            String text = token.getAnalyzedToken(i).getToken();
            // The same string object as the reading before: matched already.
            if (text != null && text != tried) {
                if (matcher.matches(text)) {
                    return true;
                }
                tried = text;
            }
        }
        return false;
    }

    /** Where the word or lemma of {@code number} ({@link WordHints#name}) stands. Not to be changed. */
    long[] word(int number) {
        if (!present.has(number)) {
            return none;
        }
        long[] known = byNumber.get(number, stamp);
        if (known == null) {
            String name = words.name(number);
            known = bits(words.isLemma(number) ? sentence.getLemmaOffsets(name) : sentence.getTokenOffsets(name));
            byNumber.put(number, stamp, known);
        }
        return known;
    }

    /**
     * Where some reading satisfies the condition of {@code number}, one of {@code conditions} (by
     * number); every token when the sentence's kinds of
     * reading are undecided ({@link TagNumbers}). Not to be changed.
     */
    long[] tag(int number, PosCondition[] conditions) {
        if (kinds.undecided()) {
            return every;
        }
        long[] known = byCondition.get(number, stamp);
        if (known == null) {
            known = holding(conditions[number].holds(kinds));
            byCondition.put(number, stamp, known);
        }
        return known;
    }

    /** The tokens with a reading of a kind that {@code holds} has. */
    private long[] holding(long[] holds) {
        if (kindPositions == null) {
            readKinds(readings);
        }
        long[] bits = unnumbered.clone();
        for (int i = 0; i < kindNumbers.length; i++) {
            int kind = kindNumbers[i];
            if ((holds[kind >>> 6] & 1L << kind) != 0) {
                long[] at = kindPositions[i];
                for (int w = 0; w < bits.length; w++) {
                    bits[w] |= at[w];
                }
            }
        }
        return bits;
    }

    /**
     * Where each kind of reading the sentence has stands: a sentence holds a dozen or two kinds,
     * so a condition is answered from them rather than from every reading of every token.
     */
    private void readKinds(AnalyzedTokenReadings[] readings) {
        Int2ObjectOpenHashMap<long[]> byKind = new Int2ObjectOpenHashMap<>();
        unnumbered = new long[none.length];
        for (int j = 0; j < tokens; j++) {
            AnalyzedTokenReadings token = readings[j];
            for (int i = 0, n = token.getReadingsLength(); i < n; i++) {
                int kind = TagNumbers.SHARED.of(token.getAnalyzedToken(i));
                // A kind without a number cannot be told: the token may satisfy any condition.
                long[] at = kind == TagNumbers.NONE ? unnumbered : byKind.computeIfAbsent(kind, k -> new long[none.length]);
                at[j >>> 6] |= 1L << j;
            }
        }
        kindNumbers = byKind.keySet().toIntArray();
        kindPositions = new long[kindNumbers.length][];
        for (int i = 0; i < kindNumbers.length; i++) {
            kindPositions[i] = byKind.get(kindNumbers[i]);
        }
    }

    private long[] bits(List<Integer> offsets) {
        long[] bits = new long[none.length];
        if (offsets != null) {
            for (int j : offsets) {
                if (j < tokens) {
                    bits[j >>> 6] |= 1L << j;
                }
            }
        }
        return bits;
    }

    /**
     * Sets by number (of a word, or of a condition), in a table that a thread keeps from one
     * sentence to the next: a map per sentence cost more than the answers it kept (thousands of
     * numbers, a few dozen asked about in a sentence), a table per sentence more still. An entry
     * belongs to the sentence whose stamp it carries; stamps are never reused by a thread's tables
     * until they have been cleared.
     */
    private static final class Kept {
        private long[][] sets = new long[256][];
        private int[] stamps = new int[256];

        long[] get(int number, int stamp) {
            return number < stamps.length && stamps[number] == stamp ? sets[number] : null;
        }

        void put(int number, int stamp, long[] set) {
            if (number >= stamps.length) {
                int size = Math.max(number + 1, stamps.length * 2);
                sets = Arrays.copyOf(sets, size);
                stamps = Arrays.copyOf(stamps, size);
            }
            sets[number] = set;
            stamps[number] = stamp;
        }

        void clear() {
            Arrays.fill(stamps, 0);
            Arrays.fill(sets, null);
        }

        /** One thread's two tables and its stamps. */
        static final class Tables {
            final Kept words = new Kept();
            final Kept conditions = new Kept();
            private int last;

            /** A stamp no entry carries yet (0 stands for none). */
            int nextStamp() {
                if (last == Integer.MAX_VALUE) {
                    words.clear();
                    conditions.clear();
                    last = 0;
                }
                return ++last;
            }
        }

        static final ThreadLocal<Tables> TABLES = ThreadLocal.withInitial(Tables::new);
    }
}
