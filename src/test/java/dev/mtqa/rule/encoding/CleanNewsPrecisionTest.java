package dev.mtqa.rule.encoding;

import dev.mtqa.Mtqa;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.Finding;
import dev.mtqa.input.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision: clean, well-edited news English (written for this test: names with diacritics, curly
 * quotes, em dashes, a euro sign, AT&T and R&D, a Cyrillic gloss in brackets, deliberate no-break
 * spaces in "10 km" and "5 km") must give no ENCODING or UNTRANSLATED finding.
 */
class CleanNewsPrecisionTest {
    @Test
    void cleanNewsGivesNoFinding() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("clean-news.txt")) {
            assertThat(in).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The deliberate no-break spaces, which the file cannot show.
        text = text.replace("10 km", "10\u00a0km").replace("5 km", "5\u00a0km").replace("Mr Smith", "Mr\u00a0Smith");
        assertThat(text).contains("\u00a0").contains("\u2014").contains("\u20ac").contains("\u0423");
        Mtqa mtqa = Mtqa.builder().grammar(false).build();
        List<Finding> findings = mtqa.check(Document.of("clean-news.txt", text)).findings().stream()
                .filter(f -> f.category() == Category.ENCODING || f.category() == Category.UNTRANSLATED)
                .toList();
        assertThat(findings).isEmpty();
    }
}
