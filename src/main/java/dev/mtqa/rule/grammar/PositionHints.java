package dev.mtqa.rule.grammar;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.AbstractTokenBasedRule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.rules.patterns.StringMatcher;

import java.lang.reflect.Field;
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
 * (tokens that may match nothing, {@code min="0"}, add no condition). A token whose text is a
 * regular expression with no word hint ({@code [A-Z].*}, {@code .+ing}) adds a text condition: at
 * that distance some reading's text must match it, by LanguageTool's own matcher of that token.
 * Text conditions are asked last, and only at the start positions the others left, as they cost
 * a match each. A rule is tried only if some start position meets all its tokens' conditions at
 * once. Rules with fewer than two such conditions, or none but text conditions, get none here:
 * the sentence-wide hints already ask as much, or every start would need a regular expression. Rules that read the
 * tags of before disambiguation are left out, as by the part-of-speech hints. Exceptions,
 * antipatterns, chunk tags, unification and the tokens after the first {@code skip} can only make
 * a rule match less.
 *
 * <p>On 150 benchmark documents the word and tag conditions leave out 62 % of the pattern rules
 * and 42 % of the disambiguation rules that the sentence-wide hints would have tried; on the
 * seeds and 600 MQM sentences 46 % and 41 %, and with the text conditions 56 % and 49 %
 * (LanguageTool's check 3 % less CPU time). Immutable.
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
    /** By rule position: the distances of its text conditions' tokens, or null for none. */
    private final int[][] textTokens;
    /** By rule position: the matchers of its text conditions, in the order of {@link #textTokens}. */
    private final StringMatcher[][] textMatchers;

    /** Where a pattern token keeps the matcher of its text; null if a LanguageTool upgrade renamed it. */
    private static final Field TEXT_MATCHER = PrivateFields.find(PatternToken.class, "textMatcher");

    private PositionHints(int[][] code, PosCondition[] conditions, int[][] textTokens, StringMatcher[][] textMatchers) {
        this.code = code;
        this.conditions = conditions;
        this.textTokens = textTokens;
        this.textMatchers = textMatchers;
    }

    /** The position hints of {@code rules}, whose word hints are {@code words}, by their position in the list. */
    static PositionHints of(List<? extends Rule> rules, WordHints words) throws IllegalAccessException {
        int[][] code = new int[rules.size()][];
        int[][] textTokens = new int[code.length][];
        StringMatcher[][] textMatchers = new StringMatcher[code.length][];
        List<PosCondition> named = new ArrayList<>();
        for (int r = 0; r < code.length; r++) {
            if (rules.get(r) instanceof AbstractTokenBasedRule rule && !PosHints.readsTagsBeforeDisambiguation(rule)) {
                List<PosCondition> tags = new ArrayList<>();
                IntArrayList texts = new IntArrayList();
                List<StringMatcher> matchers = new ArrayList<>();
                code[r] = stepsOf(rule.getPatternTokens(), r, words, tags, texts, matchers);
                if (code[r] != null) {
                    named.addAll(tags);
                    if (!texts.isEmpty()) {
                        textTokens[r] = texts.toIntArray();
                        textMatchers[r] = matchers.toArray(new StringMatcher[0]);
                    }
                }
            }
        }
        int numbers = named.stream().mapToInt(PosCondition::number).max().orElse(-1) + 1;
        PosCondition[] conditions = new PosCondition[numbers];
        for (PosCondition condition : named) {
            conditions[condition.number()] = condition;
        }
        return new PositionHints(code, conditions, textTokens, textMatchers);
    }

    /**
     * The steps of rule number {@code r} (which tokens count: the class comment), written as
     * {@link #code} describes; null for fewer than two conditions or none but text conditions.
     * Adds the tag conditions they name to {@code named}, and the distances and matchers of the
     * text conditions to {@code texts} and {@code matchers}.
     */
    private static int[] stepsOf(List<PatternToken> tokens, int r, WordHints words, List<PosCondition> named,
                                 IntArrayList texts, List<StringMatcher> matchers) throws IllegalAccessException {
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
                StringMatcher text = hints.isEmpty() ? textNeeded(token) : null;
                if (text != null) {
                    texts.add(k);
                    matchers.add(text);
                }
            }
            if (token.getMinOccurrence() != 1 || token.getMaxOccurrence() != 1 || token.getSkipNext() != 0) {
                break;
            }
        }
        return conditions < 1 || conditions + texts.size() < 2 ? null : code.toIntArray();
    }

    /**
     * The matcher some reading's text must satisfy for {@code token} to match: its own, when its
     * text is a regular expression that the token neither negates nor applies to lemmas, nor takes
     * from an earlier match ({@code <match no="1"/>}, set anew each time), nor offers alternatives
     * to ({@code <or>}); null otherwise.
     */
    private static StringMatcher textNeeded(PatternToken token) throws IllegalAccessException {
        if (TEXT_MATCHER == null || !token.isRegularExpression() || token.getNegation() || token.isInflected()
                || token.isReferenceElement() || token.hasOrGroup() || token.getString() == null
                || token.getString().isEmpty()) {
            return null;
        }
        return TEXT_MATCHER.get(token) instanceof StringMatcher matcher ? matcher : null;
    }

    /** False only when rule number {@code rule} cannot match the sentence of {@code positions}. */
    boolean mayMatch(int rule, TokenPositions positions) {
        int[] steps = code[rule];
        if (steps == null || positions.tokens() == 0) {
            return true;
        }
        return positions.tokens() <= 64 ? mayMatchShort(rule, steps, positions) : mayMatchLong(rule, steps, positions);
    }

    /**
     * {@link #mayMatch} for a sentence of at most 64 tokens, whose sets are one long each: the
     * same steps as {@link #mayMatchLong}, on longs instead of arrays, for nearly every sentence.
     */
    private boolean mayMatchShort(int rule, int[] steps, TokenPositions positions) {
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
        int[] distances = textTokens[rule];
        if (distances == null) {
            return true;
        }
        for (int t = 0; t < distances.length && starts != 0; t++) {
            for (long left = starts; left != 0; left &= left - 1) {
                int j = Long.numberOfTrailingZeros(left);
                if (!positions.textMatches(j + distances[t], textMatchers[rule][t])) {
                    starts &= ~(1L << j);
                }
            }
        }
        return starts != 0;
    }

    private boolean mayMatchLong(int rule, int[] steps, TokenPositions positions) {
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
        int[] distances = textTokens[rule];
        if (distances == null) {
            return true;
        }
        long any = -1L;
        for (int t = 0; t < distances.length && any != 0; t++) {
            any = 0;
            for (int w = 0; w < starts.length; w++) {
                for (long left = starts[w]; left != 0; left &= left - 1) {
                    int j = (w << 6) + Long.numberOfTrailingZeros(left);
                    if (!positions.textMatches(j + distances[t], textMatchers[rule][t])) {
                        starts[w] &= ~(1L << j);
                    }
                }
                any |= starts[w];
            }
        }
        return any != 0;
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
