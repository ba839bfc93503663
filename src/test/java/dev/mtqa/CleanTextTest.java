package dev.mtqa;

import dev.mtqa.finding.FileResult;
import dev.mtqa.input.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Well-edited news in British and American English, written for this test: names, quotes,
 * numbers, honorifics, British spelling. Every rule together must find nothing in it. A checker
 * that cries wolf on clean copy is switched off.
 */
class CleanTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"british-article.txt", "american-article.txt"})
    void cleanNewsCopyHasNoFinding(String name) throws IOException {
        String text;
        try (InputStream in = CleanTextTest.class.getResourceAsStream("/clean/" + name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        FileResult result = SharedMtqa.get().check(Document.of(name, text));
        assertThat(result.findings()).as("findings on clean copy " + name).isEmpty();
        assertThat(result.problems()).isEmpty();
    }
}
