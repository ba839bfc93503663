package dev.mtqa.rule.typography;

import dev.mtqa.RandomText;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whitespace rules judge each line on its own, but scan the document as a whole to skip the
 * lines that cannot hold a finding. Whatever the skipping, a document's findings must be its
 * lines' findings, each line checked as a document of its own.
 */
class LineLocalRulesTest {
    /** Spaces, punctuation, clitics, digits and every kind of line break, densely mixed. */
    private static final String ALPHABET = "  a b,.;:!?')]\u2019n't5\n\r\t\u00A0";

    static Stream<Arguments> rules() {
        return Stream.of(Arguments.of(new DoubleSpaceRule()), Arguments.of(new SpaceBeforePunctuationRule()));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void aDocumentsFindingsAreItsLinesFindings(Rule rule) {
        Random random = new Random(7);
        for (int round = 0; round < 3_000; round++) {
            String text = RandomText.of(random, ALPHABET, random.nextInt(60));
            assertThat(describe(RuleRunner.run(rule, text))).as("%s on %s", rule.metadata().id(), escaped(text))
                    .isEqualTo(describe(lineByLine(rule, text)));
        }
    }

    @ParameterizedTest
    @MethodSource("rules")
    void linesWithoutFindingsBetweenLinesWithThem(Rule rule) {
        String text = " a ,b\n\nno-spaces-here\r\n  x  y , z\rlast  one .";
        assertThat(describe(RuleRunner.run(rule, text))).isEqualTo(describe(lineByLine(rule, text)))
                .isNotEmpty();
    }

    private static List<Match> lineByLine(Rule rule, String text) {
        TextIndex index = new TextIndex(text);
        List<Match> all = new ArrayList<>();
        for (int line = 0; line < index.lineCount(); line++) {
            Span span = index.line(line);
            for (Match m : RuleRunner.run(rule, text.substring(span.start(), span.end()))) {
                int by = span.start();
                all.add(Match.of(m.start() + by, m.end() + by, m.message(), m.edits().stream()
                        .map(e -> new Edit(e.start() + by, e.end() + by, e.replacement(), e.safe())).toArray(Edit[]::new)));
            }
        }
        return all;
    }

    private static List<String> describe(List<Match> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end() + " " + m.message() + " " + m.edits()).toList();
    }

    private static String escaped(String text) {
        return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u00A0", "\\u00A0");
    }
}
