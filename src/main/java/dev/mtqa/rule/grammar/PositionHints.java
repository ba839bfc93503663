package dev.mtqa.rule.grammar;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.AbstractTokenBasedRule;
import org.languagetool.rules.patterns.PatternToken;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The word hints ({@link WordHints}) and part-of-speech hints ({@link PosHints}) of a rule's first
 * tokens, asked where they must hold together: a rule that needs "a" and then a noun cannot match
 * a sentence with "a" in one place and nouns only in others, though it has both.
 *
 * <p>The rule in words: LanguageTool's pattern matcher tries a rule from each start position in
 * turn and matches its tokens one after another, so as long as every token before one must match
 * exactly one token of the sentence (no {@code min}, {@code max} or {@code skip}), that token is
 * matched at a fixed distance from the start: its position in the pattern (LanguageTool relies on
 * the same when it starts only where its first such hinted token's word stands, its
 * {@code anchorHint}). At that distance the sentence must have a token with one of the hint's
 * words or lemmas, and with a reading that satisfies the token's POS condition, if it has one
 * (tokens that may match nothing, {@code min="0"}, add no condition). A rule is tried only if
 * some start position meets all its tokens' conditions at once. Rules with fewer than two such
 * conditions get none here: the sentence-wide hints already ask as much. Rules that read the
 * tags of before disambiguation are left out, as by the part-of-speech hints. Exceptions,
 * antipatterns, chunk tags, unification and the tokens after the first {@code skip} can only make
 * a rule match less.
 *
 * <p>On 150 benchmark documents this leaves out 62 % of the pattern rules and 42 % of the
 * disambiguation rules that the sentence-wide hints would have tried. Immutable.
 */
final class PositionHints {
    /**
     * By rule position: its steps, or null when there is nothing to ask. Each step is written as
     * its token's distance, its tag condition's number (-1 for none), the number of hints, and each
     * hint as its length and its word numbers: one array a rule, so that asking about a few
     * hundred rules a sentence does not chase a few thousand objects through memory.
     */
    private final int[][] code;
    /** By number ({@link PosCondition#number()}): the conditions the steps name. */
    private final PosCondition[] conditions;

    private PositionHints(int[][] code, PosCondition[] conditions) {
        this.code = code;
        this.conditions = conditions;
    }

    /** The position hints of {@code rules}, whose word hints are {@code words}, by their position in the list. */
    static PositionHints of(List<? extends Rule> rules, WordHints words) throws IllegalAccessException {
        int[][] code = new int[rules.size()][];
        List<PosCondition> named = new ArrayList<>();
        for (int r = 0; r < code.length; r++) {
            if (rules.get(r) instanceof AbstractTokenBasedRule rule && !PosHints.readsTagsBeforeDisambiguation(rule)) {
                code[r] = stepsOf(rule.getPatternTokens(), r, words, named);
            }
        }
        int numbers = named.stream().mapToInt(PosCondition::number).max().orElse(-1) + 1;
        PosCondition[] conditions = new PosCondition[numbers];
        for (PosCondition condition : named) {
            conditions[condition.number()] = condition;
        }
        return new PositionHints(code, conditions);
    }

    /**
     * The steps of rule number {@code r} (which tokens count: the class comment), written as
     * {@link #code} describes; null for fewer than two conditions. Adds the tag conditions they
     * name to {@code named}.
     */
    private static int[] stepsOf(List<PatternToken> tokens, int r, WordHints words, List<PosCondition> named)
            throws IllegalAccessException {
        IntArrayList code = new IntArrayList();
        int conditions = 0;
        for (int k = 0; k < tokens.size(); k++) {
            PatternToken token = tokens.get(k);
            if (token.getMinOccurrence() >= 1) {
                List<int[]> hints = new ArrayList<>();
                for (int h = 0; h < words.hints(r); h++) {
                    if (words.hintToken(r, h) == k) {
                        hints.add(words.hint(r, h));
                    }
                }
                PosCondition tag = PosHints.needed(token);
                if (!hints.isEmpty() || tag != null) {
                    code.add(k);
                    code.add(tag == null ? -1 : tag.number());
                    code.add(hints.size());
                    for (int[] hint : hints) {
                        code.add(hint.length);
                        code.addElements(code.size(), hint);
                    }
                    if (tag != null) {
                        named.add(tag);
                    }
                    conditions += hints.size() + (tag == null ? 0 : 1);
                }
            }
            if (token.getMinOccurrence() != 1 || token.getMaxOccurrence() != 1 || token.getSkipNext() != 0) {
                break;
            }
        }
        return conditions < 2 ? null : code.toIntArray();
    }

    /** False only when rule number {@code rule} cannot match the sentence of {@code positions}. */
    boolean mayMatch(int rule, TokenPositions positions) {
        int[] steps = code[rule];
        if (steps == null || positions.tokens() == 0) {
            return true;
        }
        return positions.tokens() <= 64 ? mayMatchShort(steps, positions) : mayMatchLong(steps, positions);
    }

    /**
     * {@link #mayMatch} for a sentence of at most 64 tokens, whose sets are one long each: the
     * same steps as {@link #mayMatchLong}, on longs instead of arrays, for nearly every sentence.
     */
    private boolean mayMatchShort(int[] steps, TokenPositions positions) {
        long starts = positions.every()[0];
        for (int i = 0; i < steps.length; ) {
            int token = steps[i++];
            int tag = steps[i++];
            long at = -1L;
            for (int hints = steps[i++]; hints > 0; hints--) {
                long words = 0;
                int length = steps[i++];
                for (int end = i + length; i < end; i++) {
                    words |= positions.word(steps[i])[0];
                }
                at &= words;
            }
            if (tag >= 0) {
                at &= positions.tag(tag, conditions)[0];
            }
            // A match starting at j has this token at j + token; none fits past the 64th.
            starts &= token < 64 ? at >>> token : 0;
            if (starts == 0) {
                return false;
            }
        }
        return true;
    }

    private boolean mayMatchLong(int[] steps, TokenPositions positions) {
        long[] starts = positions.every().clone();
        long[] at = new long[starts.length];
        long[] words = new long[starts.length];
        for (int i = 0; i < steps.length; ) {
            int token = steps[i++];
            int tag = steps[i++];
            System.arraycopy(positions.every(), 0, at, 0, at.length);
            for (int hints = steps[i++]; hints > 0; hints--) {
                Arrays.fill(words, 0);
                int length = steps[i++];
                for (int end = i + length; i < end; i++) {
                    or(words, positions.word(steps[i]));
                }
                and(at, words, 0);
            }
            if (tag >= 0) {
                and(at, positions.tag(tag, conditions), 0);
            }
            if (!and(starts, at, token)) {
                return false;
            }
        }
        return true;
    }

    private static void or(long[] into, long[] bits) {
        for (int w = 0; w < into.length; w++) {
            into[w] |= bits[w];
        }
    }

    /**
     * Keeps in {@code into} the positions {@code i} for which {@code bits} holds position
     * {@code i + shift}; true if any is left.
     */
    static boolean and(long[] into, long[] bits, int shift) {
        int whole = shift >>> 6;
        int part = shift & 63;
        long any = 0;
        for (int w = 0; w < into.length; w++) {
            int from = w + whole;
            long low = from < bits.length ? bits[from] >>> part : 0;
            long high = part != 0 && from + 1 < bits.length ? bits[from + 1] << (64 - part) : 0;
            into[w] &= low | high;
            any |= into[w];
        }
        return any != 0;
    }
}
