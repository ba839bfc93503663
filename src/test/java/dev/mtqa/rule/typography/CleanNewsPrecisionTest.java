package dev.mtqa.rule.typography;

import dev.mtqa.SharedMtqa;
import dev.mtqa.finding.Finding;
import dev.mtqa.input.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision: clean, well-edited news English (quotes within quotes, apostrophes, abbreviations,
 * decimals, times, a URL, an ellipsis, a numbered list, British spelling, a quotation over two
 * paragraphs, questions, "used to", "next to", "according to") must give no finding from the
 * typography, broken-sentence and our own grammar rules. The same text is checked in curly and in
 * straight quotes.
 */
class CleanNewsPrecisionTest {

    @ParameterizedTest
    @ValueSource(strings = {"clean-news-curly.txt", "clean-news-straight.txt"})
    void cleanNewsGivesNoFindingFromOurRules(String name) throws IOException {
        String text = read(name);
        List<Finding> ours = SharedMtqa.get().check(Document.of(name, text)).findings().stream()
                .filter(f -> f.rule().startsWith("TYPOGRAPHY_") || f.rule().startsWith("BROKEN_SENTENCE_")
                        || f.rule().startsWith("MTQA_"))
                .toList();
        assertThat(ours).as("findings on clean text %s", name).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"clean-news-curly.txt", "clean-news-straight.txt"})
    void cleanNewsHasNoUnpairedQuoteInTheAnalysis(String name) throws IOException {
        String text = read(name);
        QuoteAnalysis quotes = QuoteAnalysis.of(Document.of(name, text));
        assertThat(quotes.unclosed()).isEmpty();
        assertThat(quotes.unopened()).isEmpty();
        assertThat(quotes.pairs()).hasSizeGreaterThan(15);
    }

    static String read(String name) throws IOException {
        try (InputStream in = CleanNewsPrecisionTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
