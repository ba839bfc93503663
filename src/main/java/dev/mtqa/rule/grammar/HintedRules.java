package dev.mtqa.rule.grammar;

import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of one LanguageTool rule set with three kinds of hint, by their position in the set:
 * LanguageTool's own word and lemma hints ({@link WordHints}), mtqa's part-of-speech hints
 * ({@link PosHints}) and both asked where a rule's first tokens must stand ({@link PositionHints}).
 * For a sentence it gives the candidates LanguageTool's hinted rule set would give, and says of
 * each whether it can match at all.
 *
 * <p>A rule it rules out by words is one LanguageTool itself would not try
 * ({@code canBeIgnoredFor}, asked again inside every pattern rule's {@code match} and every
 * disambiguation rule's {@code replace}); one it rules out by tags is one that cannot match
 * ({@link PosHints}), or by where its first tokens' words and tags must stand together
 * ({@link PositionHints}). Leaving them out of the list changes nothing but the time. Immutable.
 */
final class HintedRules {
    private final List<Rule> rules;
    private final WordHints words;
    private final PosHints tags;
    private final PositionHints positions;

    private HintedRules(List<Rule> rules) throws IllegalAccessException {
        this.rules = List.copyOf(rules);
        this.words = WordHints.of(this.rules);
        this.tags = PosHints.of(this.rules);
        this.positions = PositionHints.of(this.rules, words);
    }

    /** Whether the hints can be read from this LanguageTool; if not, nothing should be skipped. */
    static boolean available() {
        return PosHints.available() && WordHints.available();
    }

    static HintedRules of(List<Rule> rules) throws IllegalAccessException {
        return new HintedRules(rules);
    }

    /**
     * What the hints ask of one sentence, worked out once for all rules; where the words and tags
     * stand only once a rule asks ({@link PositionHints}).
     */
    final class Facts {
        private final AnalyzedSentence sentence;
        private final WordHints.Present words;
        private final TagNumbers.InSentence kinds;
        private TokenPositions positions;

        private Facts(AnalyzedSentence sentence) {
            this.sentence = sentence;
            this.words = HintedRules.this.words.present(sentence);
            this.kinds = TagNumbers.InSentence.of(sentence);
        }

        WordHints.Present words() {
            return words;
        }

        TagNumbers.InSentence kinds() {
            return kinds;
        }

        TokenPositions positions() {
            if (positions == null) {
                positions = new TokenPositions(sentence, HintedRules.this.words, words, kinds);
            }
            return positions;
        }
    }

    Facts facts(AnalyzedSentence sentence) {
        return new Facts(sentence);
    }

    /**
     * The positions of the rules LanguageTool's {@code RuleSet.textHinted} gives for the sentence
     * {@code facts} were read from, in list order.
     */
    int[] candidates(Facts facts) {
        long[] bits = new long[WordHints.words(rules.size())];
        words.addCandidates(facts.words(), bits);
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        int[] positions = new int[count];
        int n = 0;
        for (int i = 0; i < bits.length; i++) {
            for (long word = bits[i]; word != 0; word &= word - 1) {
                positions[n++] = (i << 6) + Long.numberOfTrailingZeros(word);
            }
        }
        return positions;
    }

    /** False only when rule number {@code rule} cannot match the sentence of {@code facts}. */
    boolean mayMatch(int rule, Facts facts) {
        return words.mayMatch(rule, facts.words()) && tags.mayMatch(rule, facts.kinds())
                && positions.mayMatch(rule, facts.positions());
    }

    Rule rule(int position) {
        return rules.get(position);
    }

    List<Rule> all() {
        return rules;
    }

    /** The candidates for {@code sentence} that can match it, in list order. */
    List<Rule> forSentence(AnalyzedSentence sentence) {
        Facts facts = facts(sentence);
        int[] candidates = candidates(facts);
        List<Rule> out = new ArrayList<>(candidates.length);
        for (int r : candidates) {
            if (mayMatch(r, facts)) {
                out.add(rules.get(r));
            }
        }
        return out;
    }
}
