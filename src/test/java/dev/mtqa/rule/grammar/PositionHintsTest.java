package dev.mtqa.rule.grammar;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.AbstractTokenBasedRule;
import org.languagetool.rules.patterns.RuleSet;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The position hints leave out only rules that do not match: on real sentences, for every
 * grammar and disambiguation rule the sentence-wide hints would try; on rules written for the
 * purpose, where a word and a tag are each in the sentence but not together; and at lengths
 * around one and two longs of token positions.
 */
class PositionHintsTest {
    private static Language english;
    private static List<String> sentences;

    @BeforeAll
    static void load() throws IOException {
        english = Languages.getLanguageForShortCode("en-US");
        sentences = TestSentences.seedsAndMqm(600);
    }

    /** What the two sentence-wide hints and the position hints say of the rules of one list. */
    private record Hints(List<Rule> rules, WordHints words, PosHints tags, PositionHints positions) {
        static Hints of(List<Rule> rules) throws IllegalAccessException {
            WordHints words = WordHints.of(rules);
            return new Hints(rules, words, PosHints.of(rules), PositionHints.of(rules, words));
        }

        /** Whether the sentence-wide hints let rule {@code r} be tried on {@code sentence}. */
        boolean sentenceWide(int r, AnalyzedSentence sentence, WordHints.Present present, TagNumbers.InSentence kinds) {
            return words.mayMatch(r, present) && tags.mayMatch(r, kinds);
        }

        TokenPositions positions(AnalyzedSentence sentence) {
            return new TokenPositions(sentence, words, words.present(sentence), TagNumbers.InSentence.of(sentence));
        }
    }

    @Test
    void everyPatternRuleTheyLeaveOutDoesNotMatchAndMostAreLeftOut() throws Exception {
        JLanguageTool tool = new JLanguageTool(english);
        Hints hints = Hints.of(RuleSet.textLemmaHinted(tool.getAllActiveRules()).allRules());
        long[] tally = new long[2];
        for (String s : sentences) {
            AnalyzedSentence sentence = tool.getAnalyzedSentence(s);
            tally(hints, sentence, tally, rule ->
                    assertThat(rule.match(sentence)).as("%s on %s", rule.getFullId(), s).isEmpty());
        }
        assertThat(tally[1]).as("of %d tried", tally[0]).isGreaterThan(tally[0] / 3);
    }

    @Test
    void everyDisambiguationRuleTheyLeaveOutChangesNothing() throws Exception {
        JLanguageTool tool = new JLanguageTool(english);
        Hints hints = Hints.of(PosHintsTest.disambiguationRules(english).allRules());
        long[] tally = new long[2];
        for (String s : sentences) {
            for (AnalyzedSentence sentence : List.of(tool.getRawAnalyzedSentence(s), tool.getAnalyzedSentence(s))) {
                tally(hints, sentence, tally, rule -> assertThat(((DisambiguationPatternRule) rule).replace(sentence))
                        .as("%s on %s", rule.getFullId(), s).isSameAs(sentence));
            }
        }
        assertThat(tally[1]).as("of %d tried", tally[0]).isGreaterThan(tally[0] / 5);
    }

    /** What to check of a rule the position hints leave out. */
    @FunctionalInterface
    private interface LeftOut {
        void check(Rule rule) throws IOException;
    }

    /**
     * Counts the rules the sentence-wide hints try on {@code sentence} (in {@code tally[0]}) and,
     * of those, the ones the position hints leave out ({@code tally[1]}), each of which is checked.
     */
    private static void tally(Hints hints, AnalyzedSentence sentence, long[] tally, LeftOut leftOut) throws IOException {
        WordHints.Present present = hints.words().present(sentence);
        TagNumbers.InSentence kinds = TagNumbers.InSentence.of(sentence);
        TokenPositions where = hints.positions(sentence);
        for (int r = 0; r < hints.rules().size(); r++) {
            if (hints.sentenceWide(r, sentence, present, kinds)) {
                tally[0]++;
                if (!hints.positions().mayMatch(r, where)) {
                    tally[1]++;
                    leftOut.check(hints.rules().get(r));
                }
            }
        }
    }

    private static final String RULES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rules lang="en"><category id="GRAMMAR" name="test">
              <rule id="A_THEN_NOUN" name="a, then a singular noun">
                <pattern><token>a</token><token postag="NN"/></pattern>
                <message>m</message><example>x</example>
              </rule>
              <rule id="DETERMINER_THEN_VERB_THEN_THE" name="a determiner, a past verb, 'the'">
                <pattern><token postag="DT"/><token postag="VBD"/><token>the</token></pattern>
                <message>m</message><example>x</example>
              </rule>
              <rule id="A_SKIP_NOUN" name="a, anything, a noun">
                <pattern><token skip="-1">a</token><token postag="NN"/></pattern>
                <message>m</message><example>x</example>
              </rule>
              <rule id="A_THEN_ING" name="a, then a word ending in -ing">
                <pattern><token>a</token><token regexp="yes">.+ing</token></pattern>
                <message>m</message><example>x</example>
              </rule>
              <rule id="A_THEN_NOT_ING" name="a, then a word not ending in -ing">
                <pattern><token>a</token><token regexp="yes" negate="yes">.+ing</token></pattern>
                <message>m</message><example>x</example>
              </rule>
              <rule id="A_MAYBE_VERY_ADJECTIVE" name="a, perhaps 'very', an adjective">
                <pattern><token>a</token><token min="0">very</token><token postag="JJ"/></pattern>
                <message>m</message><example>x</example>
              </rule>
            </category></rules>
            """;

    private static List<Rule> testRules() {
        List<Rule> rules = new ArrayList<>();
        for (AbstractPatternRule rule : new PatternRuleFile("test.xml", "test.xml", RULES).load(english)) {
            rules.add(rule);
        }
        return rules;
    }

    private static boolean mayMatch(Hints hints, String id, AnalyzedSentence sentence) {
        for (int r = 0; r < hints.rules().size(); r++) {
            if (hints.rules().get(r).getId().equals(id)) {
                return hints.positions().mayMatch(r, hints.positions(sentence));
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void aWordAndATagApartAreNotAWordAndATagTogether() throws Exception {
        JLanguageTool tool = new JLanguageTool(english);
        Hints hints = Hints.of(testRules());
        AnalyzedSentence apart = tool.getAnalyzedSentence("A tall man saw the dog.");
        AnalyzedSentence together = tool.getAnalyzedSentence("He saw a dog.");
        // Both sentences have "a" and a singular noun; only the second has them side by side.
        assertThat(mayMatch(hints, "A_THEN_NOUN", apart)).isFalse();
        assertThat(rule(hints, "A_THEN_NOUN").match(apart)).isEmpty();
        assertThat(mayMatch(hints, "A_THEN_NOUN", together)).isTrue();
        assertThat(rule(hints, "A_THEN_NOUN").match(together)).hasSize(1);
        // Three conditions at three distances: a determiner, a past verb after it, "the" after that.
        AnalyzedSentence two = tool.getAnalyzedSentence("The man saw the dog.");
        assertThat(mayMatch(hints, "DETERMINER_THEN_VERB_THEN_THE", two)).isFalse();
        assertThat(rule(hints, "DETERMINER_THEN_VERB_THEN_THE").match(two)).isEmpty();
        AnalyzedSentence three = tool.getAnalyzedSentence("Each saw the dog.");
        assertThat(mayMatch(hints, "DETERMINER_THEN_VERB_THEN_THE", three)).isTrue();
        assertThat(rule(hints, "DETERMINER_THEN_VERB_THEN_THE").match(three)).hasSize(1);
    }

    @Test
    void aRegularExpressionMustMatchAtItsDistanceAndANegatedOneAsksNothing() throws Exception {
        JLanguageTool tool = new JLanguageTool(english);
        Hints hints = Hints.of(testRules());
        // "a" and a word in -ing ("Seeing", matched in any case as LanguageTool does) apart, then together.
        AnalyzedSentence apart = tool.getAnalyzedSentence("Seeing a dog, he ran.");
        assertThat(mayMatch(hints, "A_THEN_ING", apart)).isFalse();
        assertThat(rule(hints, "A_THEN_ING").match(apart)).isEmpty();
        AnalyzedSentence together = tool.getAnalyzedSentence("It was a boring day.");
        assertThat(mayMatch(hints, "A_THEN_ING", together)).isTrue();
        assertThat(rule(hints, "A_THEN_ING").match(together)).hasSize(1);
        // A negated expression holds wherever the word does not match: no condition to ask.
        assertThat(mayMatch(hints, "A_THEN_NOT_ING", apart)).isTrue();
        assertThat(rule(hints, "A_THEN_NOT_ING").match(apart)).hasSize(1);
        for (int tokens : List.of(63, 64, 65, 128, 129)) {
            String far = "A boring man, " + "and ".repeat(tokens - 9) + "then a dog.";
            AnalyzedSentence analysed = tool.getAnalyzedSentence(far);
            assertThat(analysed.getTokensWithoutWhitespace()).hasSize(tokens);
            assertThat(mayMatch(hints, "A_THEN_ING", analysed)).as("%d", tokens).isTrue();
            String farApart = "Seeing a man, " + "and ".repeat(tokens - 9) + "then a dog.";
            AnalyzedSentence apartLong = tool.getAnalyzedSentence(farApart);
            assertThat(apartLong.getTokensWithoutWhitespace()).hasSize(tokens);
            assertThat(mayMatch(hints, "A_THEN_ING", apartLong)).as("%d", tokens).isFalse();
            assertThat(rule(hints, "A_THEN_ING").match(apartLong)).as("%d", tokens).isEmpty();
        }
    }

    @Test
    void tokensAfterASkipOrAnOptionalTokenAddNoCondition() throws Exception {
        JLanguageTool tool = new JLanguageTool(english);
        Hints hints = Hints.of(testRules());
        AnalyzedSentence apart = tool.getAnalyzedSentence("A tall man saw the dog.");
        // "a" may be followed by anything before the noun: the rule is tried, and matches.
        assertThat(mayMatch(hints, "A_SKIP_NOUN", apart)).isTrue();
        assertThat(rule(hints, "A_SKIP_NOUN").match(apart)).isNotEmpty();
        // "very" may be there or not, so the adjective's distance from "a" is not fixed.
        AnalyzedSentence very = tool.getAnalyzedSentence("It was a very tall tree.");
        assertThat(mayMatch(hints, "A_MAYBE_VERY_ADJECTIVE", very)).isTrue();
        assertThat(rule(hints, "A_MAYBE_VERY_ADJECTIVE").match(very)).isNotEmpty();
    }

    @Test
    void aMatchIsFoundWhereverItIsAndApartIsApartAtEveryLength() throws Exception {
        JLanguageTool tool = new JLanguageTool(english);
        Hints hints = Hints.of(testRules());
        // Sentences of 10 to 129 tokens (LanguageTool's start token, the words, the punctuation),
        // the lengths around one and two longs of positions among them.
        for (int tokens : List.of(10, 63, 64, 65, 127, 128, 129)) {
            String together = "Well, " + "and ".repeat(tokens - 9) + "then he saw a dog.";
            AnalyzedSentence analysed = tool.getAnalyzedSentence(together);
            assertThat(analysed.getTokensWithoutWhitespace()).hasSize(tokens);
            assertThat(mayMatch(hints, "A_THEN_NOUN", analysed)).as("%d", tokens).isTrue();
            assertThat(rule(hints, "A_THEN_NOUN").match(analysed)).as("%d", tokens).hasSize(1);
            String apart = "A tall man, " + "and ".repeat(tokens - 10) + "then a big dog.";
            AnalyzedSentence far = tool.getAnalyzedSentence(apart);
            assertThat(far.getTokensWithoutWhitespace()).hasSize(tokens);
            assertThat(mayMatch(hints, "A_THEN_NOUN", far)).as("%d", tokens).isFalse();
            assertThat(rule(hints, "A_THEN_NOUN").match(far)).as("%d", tokens).isEmpty();
        }
    }

    @Test
    void shiftedAndIsTheSameAsBitByBit() {
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            int n = 1 + random.nextInt(200);
            int longs = WordHints.words(n);
            long[] into = randomBits(random, n, longs);
            long[] bits = randomBits(random, n, longs);
            int shift = random.nextInt(n + 3);
            long[] expected = new long[longs];
            boolean any = false;
            for (int i = 0; i < n; i++) {
                boolean keep = bit(into, i) && i + shift < n && bit(bits, i + shift);
                if (keep) {
                    expected[i >>> 6] |= 1L << i;
                    any = true;
                }
            }
            assertThat(PositionHints.and(into, bits, shift)).isEqualTo(any);
            assertThat(into).as("n %d shift %d", n, shift).isEqualTo(expected);
        }
    }

    private static long[] randomBits(Random random, int n, int longs) {
        long[] bits = new long[longs];
        for (int i = 0; i < n; i++) {
            if (random.nextInt(3) > 0) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return bits;
    }

    private static boolean bit(long[] bits, int i) {
        return (bits[i >>> 6] & 1L << i) != 0;
    }

    private static AbstractTokenBasedRule rule(Hints hints, String id) {
        return (AbstractTokenBasedRule) hints.rules().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }
}
