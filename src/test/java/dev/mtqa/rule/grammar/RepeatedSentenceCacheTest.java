package dev.mtqa.rule.grammar;

import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedSentenceCacheTest {
    private static final String REPEATED = "There's many problems in the region, officials said.";

    private static List<RuleMatch> check(JLanguageTool tool, String text) {
        try {
            return tool.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> described(List<RuleMatch> matches) {
        return matches.stream().map(m -> m.getRule().getId() + "@" + m.getFromPos() + "-" + m.getToPos()).toList();
    }

    @Test
    void keepsASentenceOnlyInsideALineMetAgainAndOnlyWhileChecking() {
        RepeatedSentenceCache cache = RepeatedSentenceCache.of(100);
        List<String> lines = List.of("Talks failed in Geneva. Officials said so on Monday.", "Subscribe now");

        assertThat(cache.keeps("Officials said so on Monday.")).as("outside a check").isFalse();
        cache.checking(lines, () -> {
            assertThat(cache.keeps("Officials said so on Monday. ")).isTrue();
            assertThat(cache.keeps("Talks failed in Geneva.")).isTrue();
            assertThat(cache.keeps("Talks resumed in Geneva.")).isFalse();
            assertThat(cache.keeps(" \n")).isFalse();
            return null;
        });
        assertThat(cache.keeps("Talks failed in Geneva.")).as("the lines are the check's only").isFalse();
    }

    @Test
    void languageToolKeepsOnlyTheSentencesOfLinesMetAgainAndFindsTheSameInThem() {
        RepeatedSentenceCache cache = RepeatedSentenceCache.of(1_000);
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"), null, cache.resultCache());

        cache.checking(List.of(), () -> check(tool, "The ministers met in Geneva on Monday."));
        assertThat(cache.resultCache().getSentenceCache().size()).isZero();
        assertThat(cache.resultCache().getMatchesCache().size()).isZero();

        List<RuleMatch> first = cache.checking(List.of(REPEATED), () -> check(tool, REPEATED));
        assertThat(cache.resultCache().getSentenceCache().size()).isEqualTo(1);
        assertThat(cache.resultCache().getMatchesCache().size()).isEqualTo(1);
        long hits = cache.resultCache().hitCount();

        String later = "Talks failed. " + REPEATED;
        List<RuleMatch> again = cache.checking(List.of(later), () -> check(tool, later));
        assertThat(cache.resultCache().hitCount()).as("read from the cache").isGreaterThan(hits);
        assertThat(described(first)).containsExactly("THERE_S_MANY@0-21");
        assertThat(described(again)).as("where the sentence is this time").containsExactly("THERE_S_MANY@14-35");
    }
}
