package dev.mtqa.rule.grammar;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractTokenBasedRule;
import org.languagetool.rules.patterns.PatternToken;
import org.languagetool.rules.patterns.RuleSet;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The part-of-speech hints change nothing LanguageTool finds: the same analysis, the same matches,
 * and every rule they skip is one that does not match; and they do skip a good share of the rules.
 */
class PosHintsTest {
    private static Language english;
    private static List<String> sentences;

    /** The seeds' sentences, and MQM translations where {@code ../shared/data} is there (not on CI). */
    @BeforeAll
    static void load() throws IOException {
        english = Languages.getLanguageForShortCode("en-US");
        sentences = TestSentences.seedsAndMqm(600);
    }

    /** Everything of a sentence that a later rule could read: tokens, readings, chunks and marks. */
    private static String describe(AnalyzedSentence sentence) {
        StringBuilder sb = new StringBuilder();
        for (AnalyzedTokenReadings token : sentence.getTokens()) {
            sb.append(token).append(token.getChunkTags()).append(token.isImmunized() ? "!imm" : "")
                    .append(token.isIgnoredBySpeller() ? "!spell" : "").append(token.isSentenceEnd() ? "!end" : "")
                    .append(token.isParagraphEnd() ? "!para" : "").append(' ');
        }
        return sb.toString();
    }

    private static String describe(RuleMatch m) {
        return m.getRule().getFullId() + " " + m.getFromPos() + "-" + m.getToPos() + " " + m.getMessage() + " "
                + m.getSuggestedReplacements();
    }

    @Test
    void theAnalysisIsTheSameWithAndWithoutHintedDisambiguation() throws Exception {
        JLanguageTool tool = new JLanguageTool(english);
        try {
            PosHintSpeedUp.uninstall(english);
            List<String> without = new ArrayList<>();
            for (String s : sentences) {
                without.add(describe(tool.getAnalyzedSentence(s)));
            }
            assertThat(PosHintSpeedUp.install(english)).isTrue();
            List<String> with = new ArrayList<>();
            for (String s : sentences) {
                with.add(describe(tool.getAnalyzedSentence(s)));
            }
            assertThat(with).isEqualTo(without);
        } finally {
            PosHintSpeedUp.install(english);
        }
    }

    @Test
    void theMatchesAreTheSameWithAndWithoutHintedRules() throws IOException {
        JLanguageTool plain = new JLanguageTool(english);
        JLanguageTool hinted = new JLanguageTool(english);
        assertThat(PosHintSpeedUp.install(hinted)).isTrue();
        String text = String.join(" ", sentences);
        List<String> without = plain.check(text).stream().map(PosHintsTest::describe).toList();
        List<String> with = hinted.check(text).stream().map(PosHintsTest::describe).toList();
        assertThat(without).hasSizeGreaterThan(20);
        assertThat(with).isEqualTo(without);
    }

    @Test
    void everyPatternRuleTheHintsSkipDoesNotMatchAndManyAreSkipped() throws Exception {
        JLanguageTool tool = new JLanguageTool(english);
        RuleSet rules = RuleSet.textLemmaHinted(tool.getAllActiveRules());
        PosHints hints = PosHints.of(rules.allRules());
        Map<Rule, Integer> positions = positions(rules.allRules());
        long tried = 0;
        long skipped = 0;
        for (String s : sentences) {
            AnalyzedSentence sentence = tool.getAnalyzedSentence(s);
            TagNumbers.InSentence kinds = TagNumbers.InSentence.of(sentence);
            for (Rule rule : rules.rulesForSentence(sentence)) {
                tried++;
                if (!hints.mayMatch(positions.get(rule), kinds)) {
                    skipped++;
                    assertThat(rule.match(sentence)).as("%s on %s", rule.getFullId(), s).isEmpty();
                }
            }
        }
        assertThat(skipped).as("of %d tried", tried).isGreaterThan(tried / 10);
    }

    @Test
    void everyDisambiguationRuleTheHintsSkipChangesNothingAndManyAreSkipped() throws Exception {
        JLanguageTool tool = new JLanguageTool(english);
        RuleSet rules = disambiguationRules(english);
        PosHints hints = PosHints.of(rules.allRules());
        Map<Rule, Integer> positions = positions(rules.allRules());
        long tried = 0;
        long skipped = 0;
        for (String s : sentences) {
            for (AnalyzedSentence sentence : List.of(tool.getRawAnalyzedSentence(s), tool.getAnalyzedSentence(s))) {
                TagNumbers.InSentence kinds = TagNumbers.InSentence.of(sentence);
                String before = describe(sentence);
                for (Rule rule : rules.rulesForSentence(sentence)) {
                    tried++;
                    if (!hints.mayMatch(positions.get(rule), kinds)) {
                        skipped++;
                        assertThat(((DisambiguationPatternRule) rule).replace(sentence)).as(rule.getFullId())
                                .isSameAs(sentence);
                    }
                }
                assertThat(describe(sentence)).isEqualTo(before);
            }
        }
        assertThat(skipped).as("of %d tried", tried).isGreaterThan(tried / 20);
    }

    @Test
    void eachConditionAnswersAsLanguageToolsOwnTestOfEveryReading() throws Exception {
        JLanguageTool tool = new JLanguageTool(english);
        Method posTest = PatternToken.class.getDeclaredMethod("isPosTokenMatched", AnalyzedToken.class);
        posTest.setAccessible(true);
        List<PatternToken> tokens = new ArrayList<>();
        for (Rule rule : tool.getAllActiveRules()) {
            if (rule instanceof AbstractTokenBasedRule r) {
                r.getPatternTokens().stream().filter(t -> t.getPOStag() != null).limit(2).forEach(tokens::add);
            }
        }
        int checked = 0;
        for (String s : sentences.subList(0, Math.min(150, sentences.size()))) {
            AnalyzedSentence sentence = tool.getAnalyzedSentence(s);
            TagNumbers.InSentence kinds = TagNumbers.InSentence.of(sentence);
            for (int i = 0; i < tokens.size(); i += 7) {
                PatternToken token = tokens.get(i);
                boolean some = false;
                for (AnalyzedTokenReadings readings : sentence.getTokens()) {
                    for (AnalyzedToken reading : readings) {
                        some |= (Boolean) posTest.invoke(token, reading) ^ token.getPOSNegation();
                    }
                }
                assertThat(PosCondition.of(token).holdsForSome(kinds)).as("%s on %s", token, s).isEqualTo(some);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5_000);
    }

    @Test
    void aSentenceWithMoreKindsOfReadingThanNumbersIsUndecidedAndNothingIsSkipped() throws Exception {
        AnalyzedSentence sentence = new JLanguageTool(english).getAnalyzedSentence("The cat sat on the mat.");
        TagNumbers few = new TagNumbers(2);
        TagNumbers.InSentence kinds = TagNumbers.InSentence.of(sentence, few);
        assertThat(kinds.undecided()).isTrue();
        PatternToken noun = new PatternToken("", false, false, false);
        noun.setPosToken(new PatternToken.PosToken("XYZ_NO_SUCH_TAG", false, false));
        assertThat(PosCondition.of(noun).holdsForSome(kinds)).isTrue();
        assertThat(PosCondition.of(noun).holdsForSome(TagNumbers.InSentence.of(sentence))).isFalse();
    }

    @Test
    void theHintsAreInPlaceForEveryCheck() throws Exception {
        new LanguageToolRule(dev.mtqa.config.RuleResources.builtIn(), java.util.Set.of());
        for (String variant : List.of("en-US", "en-GB")) {
            assertThat(PosHintSpeedUp.installed(Languages.getLanguageForShortCode(variant))).as(variant).isTrue();
        }
        JLanguageTool tool = new JLanguageTool(english);
        assertThat(PosHintSpeedUp.install(tool)).isTrue();
        Field cache = JLanguageTool.class.getDeclaredField("ruleSetCache");
        cache.setAccessible(true);
        tool.check("The cat sat on the mat.");
        assertThat(((java.util.Map<?, ?>) cache.get(tool)).values()).isNotEmpty()
                .allSatisfy(rules -> assertThat(rules).isInstanceOf(PosHintedRuleSet.class));
    }

    /** Each rule's position in {@code rules}, as the hints number them. */
    static Map<Rule, Integer> positions(List<Rule> rules) {
        Map<Rule, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            positions.put(rules.get(i), i);
        }
        return positions;
    }

    /** The XML disambiguation rules of {@code language}, as LanguageTool itself holds them. */
    static RuleSet disambiguationRules(Language language) throws ReflectiveOperationException {
        Object outer = language.getDisambiguator();
        Field inner = outer.getClass().getDeclaredField("disambiguator");
        inner.setAccessible(true);
        Object xml = inner.get(outer);
        if (xml instanceof PosHintedDisambiguator hinted) {
            xml = hinted.original();
        }
        Field rules = xml.getClass().getDeclaredField("disambiguationRules");
        rules.setAccessible(true);
        return (RuleSet) rules.get(xml);
    }
}
