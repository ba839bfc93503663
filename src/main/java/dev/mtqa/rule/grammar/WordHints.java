package dev.mtqa.rule.grammar;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.AbstractTokenBasedRule;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * LanguageTool's own word and lemma hints of a list of rules, answered from numbers instead of
 * strings. A pattern or disambiguation rule ({@link AbstractTokenBasedRule}) knows the words or
 * lemmas some of its tokens must be; {@code canBeIgnoredFor(sentence)} says a rule cannot match
 * when the sentence has fewer tokens than the rule needs, or when for one of those tokens none
 * of its words (or lemmas) is in the sentence. LanguageTool asks that of every candidate rule, by
 * looking each word up in the sentence's own word map: some 470 rules a sentence, two thirds of
 * them then left out, and those string look-ups were 7 % of a whole check.
 *
 * <p>Here every word and lemma any hint names gets a number once; a sentence's words and lemmas
 * become a set of those numbers ({@link Present}, one look-up per distinct word of the sentence),
 * and each rule's hints become arrays of numbers tested against it. {@link #mayMatch} answers
 * exactly as {@code canBeIgnoredFor} does (negated), from the same fields. {@link #addCandidates}
 * gives the rules LanguageTool's {@code RuleSet.textHinted} hands out for a sentence: those indexed
 * by the first of their hints on words (not lemmas) whose words the sentence has, and all rules
 * without such a hint.
 *
 * <p>The fields are private to LanguageTool, so they are read by reflection; {@link #available()}
 * is false when an upgrade renamed them, and then nothing is skipped. Immutable once built.
 */
final class WordHints {
    private static final Field TOKEN_HINTS = PrivateFields.find(AbstractTokenBasedRule.class, "tokenHints");
    private static final Field MIN_TOKEN_COUNT = PrivateFields.find(AbstractTokenBasedRule.class, "minTokenCount");
    private static final Class<?> TOKEN_HINT = nested("TokenHint");
    private static final Field INFLECTED = TOKEN_HINT == null ? null : PrivateFields.find(TOKEN_HINT, "inflected");
    private static final Field VALUES = TOKEN_HINT == null ? null : PrivateFields.find(TOKEN_HINT, "lowerCaseValues");
    private static final Field TOKEN_INDEX = TOKEN_HINT == null ? null : PrivateFields.find(TOKEN_HINT, "tokenIndex");
    private static final int[][] NO_HINTS = new int[0][];

    /** Word → number, and lemma → number; lemmas are numbered after all words. */
    private final Object2IntOpenHashMap<String> words;
    private final Object2IntOpenHashMap<String> lemmas;
    private final int numbers;
    /** By rule: the fewest non-whitespace tokens a sentence needs; 0 for rules without hints. */
    private final int[] minTokens;
    /** By rule: per hint, the numbers of its words or lemmas (any one suffices); none for rules without. */
    private final int[][][] hints;
    /** By rule: per hint, the position of its token in the rule's pattern. */
    private final int[][] hintTokens;
    /** By number: the word or lemma (lower case) it stands for. */
    private final String[] names;
    /** By word number: the rules indexed under it, in list order. */
    private final int[][] indexed;
    /** The rules indexed under no word: always candidates. */
    private final long[] unindexed;

    private WordHints(List<? extends Rule> rules) throws IllegalAccessException {
        int size = rules.size();
        words = new Object2IntOpenHashMap<>();
        lemmas = new Object2IntOpenHashMap<>();
        words.defaultReturnValue(-1);
        lemmas.defaultReturnValue(-1);
        minTokens = new int[size];
        hints = new int[size][][];
        hintTokens = new int[size][];
        unindexed = new long[words(size)];
        List<IntArrayList> byWord = new ArrayList<>();
        List<LemmaHint> lemmaHints = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            Object[] tokenHints = null;
            if (rules.get(r) instanceof AbstractTokenBasedRule rule) {
                minTokens[r] = MIN_TOKEN_COUNT.getByte(rule);
                tokenHints = (Object[]) TOKEN_HINTS.get(rule);
            }
            hints[r] = tokenHints == null ? NO_HINTS : new int[tokenHints.length][];
            hintTokens[r] = new int[hints[r].length];
            for (int h = 0; h < hintTokens[r].length; h++) {
                hintTokens[r][h] = TOKEN_INDEX.getInt(tokenHints[h]);
            }
            int anchor = tokenHints == null ? -1 : numberWordHints(r, tokenHints, byWord, lemmaHints);
            if (anchor < 0) {
                unindexed[r >>> 6] |= 1L << r;
            } else {
                index(r, hints[r][anchor], byWord);
            }
        }
        // Lemmas are numbered after the words, so that both fit one set of numbers per sentence.
        for (LemmaHint hint : lemmaHints) {
            int[] numbered = new int[hint.values().length];
            for (int v = 0; v < numbered.length; v++) {
                numbered[v] = lemmas.computeIfAbsent(hint.values()[v], k -> lemmas.size()) + words.size();
            }
            hints[hint.rule()][hint.hint()] = numbered;
        }
        numbers = words.size() + lemmas.size();
        names = new String[numbers];
        words.forEach((word, number) -> names[number] = word);
        lemmas.forEach((lemma, number) -> names[number + words.size()] = lemma);
        indexed = new int[byWord.size()][];
        for (int w = 0; w < indexed.length; w++) {
            indexed[w] = byWord.get(w).toIntArray();
        }
    }

    /** A lemma hint to number once all words have numbers: rule, position among its hints, lemmas. */
    private record LemmaHint(int rule, int hint, String[] values) {
    }

    /**
     * Numbers the word hints of rule {@code r} into {@link #hints} and keeps its lemma hints for
     * later; returns the position of its first word hint (the one {@code RuleSet.textHinted}
     * indexes it by), or -1 if it has none.
     */
    private int numberWordHints(int r, Object[] tokenHints, List<IntArrayList> byWord, List<LemmaHint> lemmaHints)
            throws IllegalAccessException {
        int anchor = -1;
        for (int h = 0; h < tokenHints.length; h++) {
            String[] values = (String[]) VALUES.get(tokenHints[h]);
            if (INFLECTED.getBoolean(tokenHints[h])) {
                lemmaHints.add(new LemmaHint(r, h, values));
                continue;
            }
            hints[r][h] = new int[values.length];
            for (int v = 0; v < values.length; v++) {
                int number = words.computeIfAbsent(values[v], k -> words.size());
                if (number == byWord.size()) {
                    byWord.add(new IntArrayList());
                }
                hints[r][h][v] = number;
            }
            anchor = anchor < 0 ? h : anchor;
        }
        return anchor;
    }

    /** Lists rule {@code r} under each of {@code anchorWords}. */
    private static void index(int r, int[] anchorWords, List<IntArrayList> byWord) {
        for (int number : anchorWords) {
            IntArrayList list = byWord.get(number);
            // A word named twice by the same hint indexes the rule once.
            if (list.isEmpty() || list.getInt(list.size() - 1) != r) {
                list.add(r);
            }
        }
    }

    /** Whether LanguageTool's hints can be read at all; if not, nothing should be skipped. */
    static boolean available() {
        return TOKEN_HINTS != null && MIN_TOKEN_COUNT != null && INFLECTED != null && VALUES != null
                && TOKEN_INDEX != null;
    }

    /** The hints of {@code rules}, by their position in the list. */
    static WordHints of(List<? extends Rule> rules) throws IllegalAccessException {
        return new WordHints(rules);
    }

    /** How many hints rule number {@code rule} has. */
    int hints(int rule) {
        return hints[rule].length;
    }

    /** The numbers of the words or lemmas of hint {@code h} of rule number {@code rule}. */
    int[] hint(int rule, int h) {
        return hints[rule][h];
    }

    /** The position, in its rule's pattern, of the token that hint {@code h} of rule number {@code rule} is about. */
    int hintToken(int rule, int h) {
        return hintTokens[rule][h];
    }

    /** The word or lemma that {@code number} stands for. */
    String name(int number) {
        return names[number];
    }

    /** Whether {@code number} stands for a lemma (else a word as written, in lower case). */
    boolean isLemma(int number) {
        return number >= words.size();
    }

    /** The words and lemmas of one sentence that some hint names, as numbers. */
    static final class Present {
        private final long[] bits;
        private final int nonWhitespaceTokens;

        private Present(long[] bits, int nonWhitespaceTokens) {
            this.bits = bits;
            this.nonWhitespaceTokens = nonWhitespaceTokens;
        }

        boolean has(int number) {
            return (bits[number >>> 6] & 1L << number) != 0;
        }
    }

    /** What of {@code sentence} the hints can ask about: its words and lemmas, and its length. */
    Present present(AnalyzedSentence sentence) {
        long[] bits = new long[words(numbers)];
        for (String word : sentence.getTokenSet()) {
            int number = words.getInt(word);
            if (number >= 0) {
                bits[number >>> 6] |= 1L << number;
            }
        }
        int offset = words.size();
        for (String lemma : sentence.getLemmaSet()) {
            int number = lemmas.getInt(lemma);
            if (number >= 0) {
                number += offset;
                bits[number >>> 6] |= 1L << number;
            }
        }
        return new Present(bits, sentence.getNonWhitespaceTokenCount());
    }

    /**
     * False exactly when LanguageTool's {@code canBeIgnoredFor} is true of rule number {@code rule}
     * and the sentence {@code present} was read from: too few tokens, or a hint none of whose words
     * or lemmas it has.
     */
    boolean mayMatch(int rule, Present present) {
        if (present.nonWhitespaceTokens < minTokens[rule]) {
            return false;
        }
        for (int[] hint : hints[rule]) {
            boolean some = false;
            for (int number : hint) {
                if (present.has(number)) {
                    some = true;
                    break;
                }
            }
            if (!some) {
                return false;
            }
        }
        return true;
    }

    /** Sets in {@code rules} (bit {@code r} for rule {@code r}) the candidates {@code RuleSet.textHinted} gives. */
    void addCandidates(Present present, long[] rules) {
        for (int i = 0; i < unindexed.length; i++) {
            rules[i] |= unindexed[i];
        }
        // Only the sentence's own words, read off the set bit by bit: a few dozen, of thousands.
        long[] bits = present.bits;
        for (int i = 0, n = words(indexed.length); i < n; i++) {
            for (long word = bits[i]; word != 0; word &= word - 1) {
                int w = (i << 6) + Long.numberOfTrailingZeros(word);
                if (w >= indexed.length) {
                    break;
                }
                for (int r : indexed[w]) {
                    rules[r >>> 6] |= 1L << r;
                }
            }
        }
    }

    /** Longs needed for a bit set of {@code n} bits. */
    static int words(int n) {
        return (n + 63) >>> 6;
    }

    private static Class<?> nested(String name) {
        for (Class<?> c : AbstractTokenBasedRule.class.getDeclaredClasses()) {
            if (c.getSimpleName().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
