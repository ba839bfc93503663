package dev.mtqa.rule.typography;

import dev.mtqa.rule.Rule;
import dev.mtqa.rule.segmentation.RunOnSentenceRule;
import dev.mtqa.rule.segmentation.StrayFullStopRule;
import dev.mtqa.rule.segmentation.SubjectlessFragmentRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Scraped input is hostile: every rule of these families must finish on it without throwing. */
class HostileInputTest {
    private static final List<Rule> RULES = List.of(new UnbalancedQuoteRule(), new MismatchedQuotesRule(),
            new NestedQuotesRule(), new MixedQuoteStyleRule(), new DoubleSpaceRule(), new TrailingWhitespaceRule(),
            new SpaceBeforePunctuationRule(), new StrayFullStopRule(), new SubjectlessFragmentRule(),
            new RunOnSentenceRule());

    @Test
    void oddInputsDoNotThrow() {
        List<String> inputs = List.of("", " ", "\n", "\r\n\r\n", "\"", "'", "\u2019", "\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E",
                ". . .", "\u0000\u0001<script>alert(\"x\")</script>", "Does", "Does not", "Is.", "Was \u00A0 been.",
                "a  ", "  a", "\uD83D\uDE00 \"\uD83D\uDE00\" .", "x .", "x '", "x n't", "1. ", "Mr.");
        for (Rule rule : RULES) {
            for (String input : inputs) {
                assertThatCode(() -> RuleRunner.run(rule, input)).as(rule.metadata().id() + " on " + input)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void aFiveMegabyteRunOnIsOneFinding() {
        String text = "word ".repeat(1_000_000);
        assertThat(RuleRunner.run(new RunOnSentenceRule(), text)).hasSize(1);
    }

    @Test
    void aFiveMegabyteLineIsCheckedInOnePass() {
        StringBuilder line = new StringBuilder(5_000_000);
        String chunk = "Does not \"x\" the city ahead. host  talks , 'a' \u2019s \u201Cb\" . ";
        while (line.length() < 5_000_000) {
            line.append(chunk);
        }
        String text = line.toString();
        for (Rule rule : RULES) {
            assertThat(RuleRunner.run(rule, text)).as(rule.metadata().id()).isNotNull();
        }
    }
}
