package dev.mtqa.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress bar is drawn when standard error is a terminal, also when standard output is
 * redirected to a file (as a corpus run's report is), and never into a pipe or with
 * {@code --no-progress}; the report on standard output stays clean. The terminal is a pseudo-
 * terminal made by {@code script} (util-linux), running mtqa in a JVM of its own.
 */
class ProgressBarTest {
    /** A small corpus: forty short articles as JSONL. */
    private static Path corpus(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add("{\"id\":\"a" + i + "\",\"text\":\"Talks resumed in Geneva on Monday.\\n\\nThe ministers met for "
                    + (i + 2) + " hours.\"}");
        }
        return Files.write(dir.resolve("corpus.jsonl"), lines);
    }

    /** The shell command that runs mtqa's check on {@code corpus}, report to {@code report}. */
    private static String check(Path corpus, Path report, String... options) {
        StringBuilder command = new StringBuilder("exec java -cp '" + System.getProperty("java.class.path") + "' "
                + MtqaCommand.class.getName() + " check --no-grammar --no-report --no-config --format json --fail-on none");
        for (String option : options) {
            command.append(' ').append(option);
        }
        return command.append(" '").append(corpus).append("' > '").append(report).append("'").toString();
    }

    /** What {@code command} writes to a terminal, run with its standard error (only) on one. */
    private static String onATerminal(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("script", "-q", "-e", "-c", command, "/dev/null").redirectErrorStream(true).start();
        process.getOutputStream().close();
        String shown = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(shown).isZero();
        return shown;
    }

    @Test
    void afterTheBarARunSaysItIsWritingTheReportPages(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // A UI string left in every article: each has a finding, so each gets a page.
            lines.add("{\"id\":\"a" + i + "\",\"text\":\"Talks resumed in Geneva on Monday.\\n\\nOops! Something went wrong."
                    + "\\n\\nThe ministers met for " + (i + 2) + " hours.\"}");
        }
        Path corpus = Files.write(dir.resolve("corpus.jsonl"), lines);
        Path report = dir.resolve("report.json");
        String command = check(corpus, report).replace("--no-report", "--report '" + dir.resolve("html") + "'");
        String shown = onATerminal(command);
        assertThat(shown).contains("12/12 docs").contains("mtqa: writing 12 report pages\u2026");
        assertThat(shown.indexOf("writing 12 report pages")).isGreaterThan(shown.lastIndexOf("12/12 docs"));
        assertThat(dir.resolve("html").resolve("index.html")).exists();
        // Into a pipe, no bar and no word of the pages either.
        String piped = onATerminal("{ " + command.replaceFirst("^exec ", "") + "; } 2>&1 | cat");
        assertThat(piped).doesNotContain("report pages\u2026").contains("HTML report");
    }

    private static void assertCleanReport(Path report) throws IOException {
        assertThat(new ObjectMapper().readTree(report.toFile()).path("files").size()).isEqualTo(40);
    }

    @Test
    void theBarIsDrawnOnATerminalWhileTheReportGoesToAFile(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        String shown = onATerminal(check(corpus(dir), report));
        assertThat(shown).contains("checking").contains("40/40 docs");
        assertCleanReport(report);
    }

    @Test
    void noBarWithNoProgress(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        assertThat(onATerminal(check(corpus(dir), report, "--no-progress"))).doesNotContain("docs");
        assertCleanReport(report);
    }

    @Test
    void noBarIntoAPipe(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        // Standard error into a pipe (cat), inside the terminal: the bar must not go there.
        String shown = onATerminal("{ " + check(corpus(dir), report).replaceFirst("^exec ", "") + "; } 2>&1 | cat");
        assertThat(shown).doesNotContain("docs");
        assertCleanReport(report);
    }
}
