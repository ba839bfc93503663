package dev.mtqa.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile text in workflow commands, XML and URIs. */
class EscapingTest {
    @Test
    void workflowCommandValuesCannotEndTheCommandOrStartAnother() {
        String hostile = "a%0A::error::b\r\n::warning file=x::c\u0001";
        String data = GithubReporter.data(hostile);
        assertThat(data).doesNotContain("\n", "\r", "\u0001").startsWith("a%250A::error::b%0D%0A");
        assertThat(GithubReporter.property("dir, x: y.txt")).isEqualTo("dir%2C x%3A y.txt");
    }

    @Test
    void xmlTextKeepsWhatXmlCanHoldAndEscapesTheRest() {
        assertThat(JunitReporter.safe("tab\there, \uD83D\uDE00 ok")).isEqualTo("tab\there, \uD83D\uDE00 ok");
        assertThat(JunitReporter.safe("nul\u0000 esc\u001b lone\uD800 ffff\uFFFF"))
                .isEqualTo("nul\\u0000 esc\\u001B lone\\uD800 ffff\\uFFFF");
    }

    @Test
    void urisArePercentEncodedAndRelativeInsideTheWorkingFolder() {
        ArtifactPaths paths = new ArtifactPaths(Path.of("/work/repo"));
        assertThat(paths.uri("articles/a b#1%.txt")).isEqualTo("articles/a%20b%231%25.txt");
        assertThat(paths.uri("/work/repo/articles/\u00fc.txt")).isEqualTo("articles/%C3%BC.txt");
        assertThat(paths.uri("/elsewhere/x:y.txt")).isEqualTo("file:///elsewhere/x%3Ay.txt");
        assertThat(paths.uri("../other/a.txt")).isEqualTo("file:///work/other/a.txt");
        assertThat(paths.path("./articles/a.txt")).isEqualTo("articles/a.txt");
        assertThat(paths.baseUri()).isEqualTo("file:///work/repo/");
        assertThat(paths.uri("<stdin>")).isEqualTo("%3Cstdin%3E");
    }
}
