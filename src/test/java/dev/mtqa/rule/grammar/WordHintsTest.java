package dev.mtqa.rule.grammar;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.AbstractTokenBasedRule;
import org.languagetool.rules.patterns.RuleSet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word and lemma hints answered from numbers say what LanguageTool's own
 * {@code canBeIgnoredFor} says, rule by rule and sentence by sentence; the candidates are those of
 * LanguageTool's {@code RuleSet.textHinted}; and the hinted lists hand out exactly the rules
 * LanguageTool would try, less the ones that cannot match.
 */
class WordHintsTest {
    private static Language english;
    private static JLanguageTool tool;
    private static List<AnalyzedSentence> analysed;

    /** The seeds' sentences and MQM translations, each as it is before and after disambiguation. */
    @BeforeAll
    static void load() throws IOException {
        english = Languages.getLanguageForShortCode("en-US");
        tool = new JLanguageTool(english);
        analysed = new ArrayList<>();
        for (String s : TestSentences.seedsAndMqm(300)) {
            analysed.add(tool.getRawAnalyzedSentence(s));
            analysed.add(tool.getAnalyzedSentence(s));
        }
        analysed.add(tool.getAnalyzedSentence(""));
        analysed.add(tool.getAnalyzedSentence("Yes."));
    }

    @Test
    void mayMatchIsExactlyNotCanBeIgnoredForForEveryGrammarAndDisambiguationRule() throws Exception {
        List<List<Rule>> ruleLists = List.of(tool.getAllActiveRules(), PosHintsTest.disambiguationRules(english).allRules());
        long ignored = 0;
        long kept = 0;
        for (List<Rule> rules : ruleLists) {
            WordHints hints = WordHints.of(rules);
            for (AnalyzedSentence sentence : analysed) {
                WordHints.Present present = hints.present(sentence);
                for (int r = 0; r < rules.size(); r++) {
                    boolean languageTool = !(rules.get(r) instanceof AbstractTokenBasedRule rule) || !rule.canBeIgnoredFor(sentence);
                    assertThat(hints.mayMatch(r, present)).as("%s on %s", rules.get(r).getFullId(), sentence.getText())
                            .isEqualTo(languageTool);
                    if (languageTool) {
                        kept++;
                    } else {
                        ignored++;
                    }
                }
            }
        }
        // Most rules are ruled out by words on most sentences: the test has something to compare.
        assertThat(ignored).isGreaterThan(kept);
        assertThat(kept).isGreaterThan(10_000);
    }

    @Test
    void theCandidatesAreLanguageToolsTextHintedOnes() throws Exception {
        for (List<Rule> rules : List.of(PosHintsTest.disambiguationRules(english).allRules(), tool.getAllActiveRules())) {
            RuleSet languageTool = RuleSet.textHinted(rules);
            HintedRules hinted = HintedRules.of(rules);
            for (AnalyzedSentence sentence : analysed) {
                List<Rule> ours = new ArrayList<>();
                for (int r : hinted.candidates(hinted.facts(sentence))) {
                    ours.add(hinted.rule(r));
                }
                assertThat(ours).as(sentence.getText()).containsExactlyElementsOf(languageTool.rulesForSentence(sentence));
            }
        }
    }

    @Test
    void theHintedListIsLanguageToolsListLessTheRulesThatCannotMatch() throws Exception {
        RuleSet languageTool = RuleSet.textLemmaHinted(tool.getAllActiveRules());
        HintedRules hinted = HintedRules.of(languageTool.allRules());
        PosHints tags = PosHints.of(languageTool.allRules());
        WordHints words = WordHints.of(languageTool.allRules());
        PositionHints together = PositionHints.of(languageTool.allRules(), words);
        Map<Rule, Integer> positions = PosHintsTest.positions(languageTool.allRules());
        long theirs = 0;
        long ours = 0;
        for (AnalyzedSentence sentence : analysed) {
            TagNumbers.InSentence kinds = TagNumbers.InSentence.of(sentence);
            TokenPositions where = new TokenPositions(sentence, words, words.present(sentence), kinds);
            List<Rule> expected = new ArrayList<>();
            for (Rule rule : languageTool.rulesForSentence(sentence)) {
                theirs++;
                boolean ignored = rule instanceof AbstractTokenBasedRule r && r.canBeIgnoredFor(sentence);
                if (!ignored && tags.mayMatch(positions.get(rule), kinds) && together.mayMatch(positions.get(rule), where)) {
                    expected.add(rule);
                }
            }
            List<Rule> actual = hinted.forSentence(sentence);
            ours += actual.size();
            assertThat(actual).as(sentence.getText()).containsExactlyElementsOf(expected);
        }
        assertThat(ours).as("of %d", theirs).isLessThan(theirs / 2);
    }
}
