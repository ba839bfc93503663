package dev.mtqa.rule.boilerplate;

import dev.mtqa.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input never makes a boilerplate rule throw, and spans stay inside the text. */
class RobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\n\n\n", "\r\n\r\n", " ", "\u0000\u0000", "\u00a9", "\u00a9 /", "\u00a9 AFP /",
            "\u00a9 AFP / A", "(", ")", "()", "- ", " - ", "By", "By ", "Photo:", "Photo: ", "...", "......",
            "<script>alert('Read more')</script>", "\ud83d\ude00 Share \ud83d\ude00", "\ud800", "Posted at",
            "Sputnik International, 1920, 25.02.2022 - ", "x - Sputnik International, 1920, 25.02.2022"})
    void oddInputs(String text) {
        List<Finding> findings = Boilerplate.check(text);
        int length = text.codePointCount(0, text.length());
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.start()).isBetween(0, length);
            assertThat(f.end()).isBetween(f.start(), length);
            f.fixes().forEach(fix -> assertThat(fix.end()).isBetween(fix.start(), length));
        });
    }

    @Test
    void hugeLinesAndManyLines() {
        String huge = "Read more ".repeat(500_000) + "\n\u00a9 " + "A".repeat(1_000_000) + "\n"
                + "word/".repeat(200_000) + " via AP\n" + "(".repeat(100_000) + "Getty Images)\n";
        assertThat(Boilerplate.check(huge)).isEmpty();
        String many = "Share\n\nA paragraph of the article, long enough to be a sentence of text.\n\n".repeat(20_000);
        List<Finding> findings = Boilerplate.check(many);
        assertThat(findings).hasSize(20_000 + 19_999);
    }
}
