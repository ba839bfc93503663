package dev.mtqa.rule.grammar;

import dev.mtqa.EnglishVariant;
import dev.mtqa.GrammarMode;
import dev.mtqa.config.RuleResources;
import dev.mtqa.config.Severities;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.text.Span;
import org.junit.jupiter.api.Test;
import org.languagetool.markup.AnnotatedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What LanguageTool is shown of a document: everything but the lines other rules found not to
 * be prose and the "sentences" too long for its analysis, with offsets into the whole text.
 */
class LanguageToolShownTextTest {
    /** A sentence LanguageTool flags ("a" before a vowel sound). */
    private static final String FLAGGED = "He waited for a hour at the station.";

    @Test
    void aRunOnLongerThanTheLimitIsNotShownAndAShorterOneIs() {
        String longRunOn = runOn(LanguageToolRule.MAX_SENTENCE_CHARS + 1);
        String shortRunOn = runOn(LanguageToolRule.MAX_SENTENCE_CHARS - 200);
        String text = FLAGGED + "\n" + longRunOn + "\n" + shortRunOn + "\n";
        Document document = Document.of("a.txt", text);
        List<Span> skipped = LanguageToolRule.notShown(List.of(), document.sentences());
        int longStart = text.indexOf(longRunOn);
        assertThat(skipped).containsExactly(new Span(longStart, longStart + longRunOn.length()));
        AnnotatedText shown = LanguageToolRule.shownText(text, new Span(0, text.length()), skipped);
        assertThat(shown.getPlainText()).contains(FLAGGED).contains(shortRunOn).doesNotContain(longRunOn);
    }

    @Test
    void languageToolFlagsTheSentenceBeforeTheRunOnButNothingInsideIt() {
        // The same error inside a run-on past the limit: found once, in the short sentence.
        String longRunOn = FLAGGED.replace(".", "") + " " + runOn(LanguageToolRule.MAX_SENTENCE_CHARS);
        String text = FLAGGED + "\n" + longRunOn + "\n";
        List<Match> matches = check(text);
        assertThat(matches).isNotEmpty().allMatch(m -> m.end() <= FLAGGED.length());
        assertThat(matches).anyMatch(m -> text.substring(m.start(), m.end()).equals("a"));
    }

    @Test
    void aDocumentLongerThanAPieceIsCheckedPieceByPieceWithOffsetsIntoTheWholeText() {
        // Paragraphs past the piece size, the flagged sentence first, just after the first cut and last.
        String paragraph = runOn(900) + ".\n\n";
        StringBuilder sb = new StringBuilder(FLAGGED + "\n\n");
        while (sb.length() < LanguageToolRule.MAX_PIECE_CHARS + 3_000) {
            sb.append(paragraph);
        }
        String first = sb.toString();
        sb.append(FLAGGED).append("\n\n").append(paragraph).append(paragraph).append(FLAGGED).append('\n');
        String text = sb.toString();
        List<Span> pieces = TextPieces.of(text, LanguageToolRule.MAX_PIECE_CHARS);
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(1).start()).isLessThan(first.length());
        List<Match> matches = check(text);
        List<Integer> expected = new ArrayList<>();
        for (int at = text.indexOf(FLAGGED); at >= 0; at = text.indexOf(FLAGGED, at + 1)) {
            expected.add(at + FLAGGED.indexOf(" a ") + 1);
        }
        assertThat(expected).hasSize(3);
        assertThat(matches.stream().filter(m -> text.substring(m.start(), m.end()).equals("a")).map(Match::start))
                .containsExactlyElementsOf(expected);
        assertThat(matches).allMatch(m -> m.edits().stream().allMatch(e -> e.start() == m.start() && e.end() == m.end()));
    }

    @Test
    void aPieceIsShownWithTheSkippedSpansInsideItAndOffsetsIntoThePiece() {
        String text = "One line. Two line. Three line. Four line.";
        List<Span> skipped = List.of(new Span(5, 12), new Span(15, 31));
        AnnotatedText shown = LanguageToolRule.shownText(text, new Span(10, 36), skipped);
        assertThat(shown.getPlainText()).isEqualTo("o l Four");
        assertThat(shown.getOriginalTextPositionFor(shown.getPlainText().indexOf("Four"), false)).isEqualTo(32 - 10);
    }

    @Test
    void overlappingSpansAreSkippedOnceAndTheTextAroundThemIsKeptWithItsOffsets() {
        String text = "One line. Two line. Three line. Four line.";
        List<Span> skipped = List.of(new Span(10, 19), new Span(15, 31), new Span(20, 25));
        AnnotatedText shown = LanguageToolRule.shownText(text, new Span(0, text.length()), skipped);
        assertThat(shown.getPlainText()).isEqualTo("One line.  Four line.");
        // "Four" is at 32 in the text: LanguageTool's offsets map back to it.
        assertThat(shown.getOriginalTextPositionFor(shown.getPlainText().indexOf("Four"), false)).isEqualTo(32);
    }

    @Test
    void skippedSpansComeInOrderWhateverTheirSource() {
        List<Span> sentences = List.of(new Span(0, 5), new Span(6, 6 + LanguageToolRule.MAX_SENTENCE_CHARS + 1));
        List<Span> nonProse = List.of(new Span(20_000, 20_010), new Span(2, 4));
        assertThat(LanguageToolRule.notShown(nonProse, sentences))
                .containsExactly(new Span(2, 4), sentences.get(1), new Span(20_000, 20_010));
    }

    /** What a full LanguageTool check finds in {@code text}, checked as a document of its own. */
    private static List<Match> check(String text) {
        Document document = Document.of("a.txt", text);
        LanguageToolRule rule = new LanguageToolRule(RuleResources.builtIn(), Set.of(), Severities.defaults(),
                GrammarMode.FULL);
        List<Match> matches = new ArrayList<>();
        rule.check(document, new RuleContext(EnglishVariant.US, CorpusProfiler.of(document)), matches::add);
        return matches;
    }

    /** Words with spaces and no full stop, at least {@code length} characters. */
    private static String runOn(int length) {
        String[] words = {"officials", "said", "the", "talks", "in", "Kyiv", "would", "resume", "on", "Monday"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < length; i++) {
            sb.append(i == 0 ? "" : " ").append(words[i % words.length]);
        }
        return sb.toString();
    }
}
