package dev.mtqa.rule.grammar;

import dev.mtqa.EnglishVariant;
import dev.mtqa.GrammarMode;
import dev.mtqa.config.RuleResources;
import dev.mtqa.config.Severities;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.RuleContext;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.chunking.Chunker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fast grammar leaves out LanguageTool's phrase chunker for its own checks only: LanguageTool's
 * {@code Language} is one object per JVM, and a full check next to a fast one must not change.
 */
class GrammarModeTest {
    /** Phrase errors that LanguageTool finds with pattern rules over noun-phrase chunks. */
    private static final Document PHRASE_ERRORS = Document.of("a.txt",
            "There's many problems in the region, officials said.\n");

    private static List<String> ruleIds(GrammarMode mode) {
        LanguageToolRule rule = new LanguageToolRule(RuleResources.builtIn(), Set.of(), Severities.defaults(), mode);
        List<String> ids = new ArrayList<>();
        rule.check(PHRASE_ERRORS, new RuleContext(EnglishVariant.US, CorpusProfiler.of(PHRASE_ERRORS)),
                (Match m) -> ids.add(m.ruleId()));
        return ids;
    }

    private static boolean hasChunkTags(JLanguageTool tool, String sentence) {
        try {
            AnalyzedSentence analysed = tool.getAnalyzedSentence(sentence);
            return Arrays.stream(analysed.getTokensWithoutWhitespace())
                    .map(AnalyzedTokenReadings::getChunkTags)
                    .anyMatch(tags -> !tags.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void fastChecksGoWithoutChunkTagsWhileOtherChecksKeepThem() {
        Language english = Languages.getLanguageForShortCode("en-US");
        SkippableChunker.installOn(english);
        Chunker installed = english.getChunker();
        SkippableChunker.installOn(english);
        assertThat(english.getChunker()).as("installed once, not wrapped again").isSameAs(installed)
                .isInstanceOf(SkippableChunker.class);
        JLanguageTool tool = new JLanguageTool(english);
        String sentence = "The old minister signed the new agreement in the capital.";

        assertThat(hasChunkTags(tool, sentence)).isTrue();
        assertThat(SkippableChunker.skipping(() -> hasChunkTags(tool, sentence))).isFalse();
        assertThat(hasChunkTags(tool, sentence)).as("the switch is the calling thread's, for the call only").isTrue();
    }

    @Test
    void aFullCheckFindsPhraseErrorsThatAFastOneMissesEvenAfterAFastCheckInTheSameJvm() {
        List<String> fast = ruleIds(GrammarMode.FAST);
        List<String> full = ruleIds(GrammarMode.FULL);

        assertThat(full).contains("THERE_S_MANY");
        assertThat(fast).doesNotContain("THERE_S_MANY");
        assertThat(ruleIds(GrammarMode.FAST)).isEqualTo(fast);
    }

    @Test
    void fastGrammarStillFindsWhatNeedsNoPhrases() {
        Document text = Document.of("b.txt", "He claims to shot down a drone. This is a tset of the system.\n");
        LanguageToolRule rule = new LanguageToolRule(RuleResources.builtIn(), Set.of(), Severities.defaults(),
                GrammarMode.FAST);
        List<String> ids = new ArrayList<>();
        rule.check(text, new RuleContext(EnglishVariant.US, CorpusProfiler.of(text)), (Match m) -> ids.add(m.ruleId()));
        assertThat(ids).contains("MORFOLOGIK_RULE_EN_US").anyMatch(id -> id.startsWith("MTQA_"));
    }

    @Test
    void grammarModeOffIsNotALanguageToolMode() {
        assertThatThrownBy(() -> new LanguageToolRule(RuleResources.builtIn(), Set.of(), Severities.defaults(),
                GrammarMode.OFF)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modesParseFromConfigurationAndCommandLineWords() {
        assertThat(GrammarMode.parse("Fast")).isEqualTo(GrammarMode.FAST);
        assertThat(GrammarMode.parse(" off ")).isEqualTo(GrammarMode.OFF);
        assertThat(GrammarMode.FULL).hasToString("full");
        assertThatThrownBy(() -> GrammarMode.parse("quick")).hasMessageContaining("expected full, fast or off");
    }
}
