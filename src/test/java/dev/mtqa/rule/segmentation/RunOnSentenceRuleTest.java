package dev.mtqa.rule.segmentation;

import dev.mtqa.EnglishVariant;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.typography.RuleRunner;
import dev.mtqa.text.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunOnSentenceRuleTest {
    private final RunOnSentenceRule rule = new RunOnSentenceRule();

    /** A flattened table: cells run together with no sentence end, {@code cells} of them. */
    private static String table(int cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells; i++) {
            sb.append("Region ").append(i).append(" turnout ").append(40 + i % 37).append(" per cent ");
        }
        return sb.toString().strip();
    }

    @Test
    void aFlattenedTableIsFlaggedOnItsFirstWordsWithItsLength() {
        String table = table(120);
        String text = "Results came in on Sunday night.\n" + table + "\nThe count goes on.";
        List<Match> matches = RuleRunner.run(rule, text);
        assertThat(matches).singleElement().satisfies(m -> {
            String flagged = text.substring(m.start(), m.end());
            assertThat(table).startsWith(flagged);
            assertThat(flagged.length()).isBetween(RunOnSentenceRule.FLAGGED_CHARS / 2, RunOnSentenceRule.FLAGGED_CHARS);
            assertThat(flagged).doesNotEndWith(" ");
            assertThat(m.message()).contains(String.format("%,d characters", table.length()))
                    .doesNotContain("grammar");
            assertThat(m.edits()).isEmpty();
        });
    }

    @Test
    void oneLongerThanTheGrammarCheckReadsSaysSo() {
        String text = table(600);
        assertThat(text.length()).isGreaterThan(10_000);
        assertThat(RuleRunner.run(rule, text)).singleElement()
                .satisfies(m -> assertThat(m.message()).contains("too long for the grammar check"));
    }

    @Test
    void longButRealSentencesAndManyShortOnesAreNot() {
        // Some 250 words in one sentence, longer than almost any written one, but under the limit.
        String longSentence = "The report lists " + "the costs of the new roads and bridges, ".repeat(40) + "and more.";
        assertThat(longSentence.length()).isBetween(1_500, 2_000);
        assertThat(RuleRunner.run(rule, longSentence)).isEmpty();
        assertThat(RuleRunner.run(rule, "Prices rose again on Monday. ".repeat(500))).isEmpty();
        assertThat(RuleRunner.run(rule, "A line of a list\n".repeat(500))).isEmpty();
    }

    @Test
    void theFlaggedStartNeverSplitsACharacter() {
        // No spaces to cut at: the cut falls where it falls, but not inside a surrogate pair.
        for (String prefix : List.of("", "x")) {
            String text = prefix + "\uD83D\uDE00".repeat(1_500);
            assertThat(RuleRunner.run(rule, text)).singleElement().satisfies(m -> {
                assertThat(Character.isHighSurrogate(text.charAt(m.end() - 1))).isFalse();
                assertThat(m.end() - m.start()).isBetween(RunOnSentenceRule.FLAGGED_CHARS - 1,
                        RunOnSentenceRule.FLAGGED_CHARS);
            });
        }
    }

    @Test
    void aLineAnotherRuleFoundNotToBeProseIsLeftToIt() {
        String table = table(120);
        String text = "Results came in.\n" + table + "\n";
        int start = text.indexOf(table);
        List<Match> matches = new ArrayList<>();
        rule.check(Document.of("t.txt", text), new RuleContext(EnglishVariant.US, CorpusProfile.empty(),
                List.of(new Span(start, start + table.length()))), matches::add);
        assertThat(matches).isEmpty();
    }
}
