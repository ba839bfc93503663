package dev.mtqa.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check --report DIR} and {@code --no-report}, as a user runs them. */
class HtmlReportOptionTest {

    private static String[] names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void checkWritesAnIndexAndAPagePerFile(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("out/report");
        CommandRun run = CommandRun.of("check", "--no-grammar", "--format", "json", "--report", report.toString(), "seeds");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("{");
        assertThat(run.err()).contains("HTML report: ").contains("index.html");
        assertThat(names(report)).containsExactly("000_68b0b6fc8582c976.txt.html", "001_ee51f32c7f8e5d61.txt.html",
                "002_b14bc8d197f816e3.txt.html", "003_ae65272d98bd0ae3.txt.html", "004_d0a83b379e3fb086.txt.html",
                "index.html");
        Document index = Jsoup.parse(report.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select(".totals .value").first().text()).isEqualTo("5");
    }

    @Test
    void theSummarysTimeCountsWritingTheReport(@TempDir Path dir) throws IOException {
        // The pages of the worst documents are held and written at the end; the summary line
        // ("... in 1.2 s") comes after them, so its time is the whole run's.
        Path report = dir.resolve("report");
        List<String> writtenAtSummary = new ArrayList<>();
        OutputStream watching = new OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(int b) throws IOException {
                if (b != '\n') {
                    line.append((char) b);
                    return;
                }
                if (line.toString().matches(".* in \\d+\\.\\d s")) {
                    writtenAtSummary.addAll(List.of(names(report)));
                }
                line.setLength(0);
            }
        };
        int code = MtqaCommand.execute(new String[] {"check", "--no-grammar", "--no-config", "--fail-on", "none",
                "--report", report.toString(), "seeds"}, InputStream.nullInputStream(),
                new PrintStream(watching, true, StandardCharsets.UTF_8),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(writtenAtSummary).hasSize(6).contains("index.html", "000_68b0b6fc8582c976.txt.html");
    }

    @Test
    void jsonlRecordsWithFindingsGetPagesNamedAfterTheirIds(@TempDir Path dir) throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"id\":\"a1\",\"text\":\"Talks resumed in Kiev on Monday.\"}\n"
                        + "{\"id\":\"b2\",\"text\":\"The talks ended on Tuesday.\"}\n"
                        + "{\"id\":\"../c3\",\"text\":\"Shelling in Kharkov continued.\"}\n");
        Path report = dir.resolve("report");
        CommandRun run = CommandRun.of("check", "--no-grammar", "--fail-on", "none", "--report", report.toString(),
                feed.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(names(report)).containsExactly("feed.jsonl_a1.html", "feed.jsonl_c3.html", "index.html");
        Document page = Jsoup.parse(report.resolve("feed.jsonl_a1.html").toFile(), "UTF-8");
        assertThat(page.select("[data-finding]").eachAttr("data-rule")).containsExactly("TERMINOLOGY_HOUSE_STYLE");
        assertThat(page.select("h1").text()).endsWith("feed.jsonl#a1");
    }

    @Test
    void reportPagesKeepsPagesForTheWorstDocumentsOnly(@TempDir Path dir) throws IOException {
        Path two = dir.resolve("two");
        CommandRun run = CommandRun.of("check", "--no-grammar", "--no-config", "--fail-on", "none",
                "--report-pages", "2", "--report", two.toString(), "seeds");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("(pages for the 2 worst of 5 documents; --report-pages N or all for more)");
        assertThat(names(two)).hasSize(3).contains("index.html");
        Document index = Jsoup.parse(two.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select("#rows td.name a")).hasSize(2);
        assertThat(index.select("#rows td.name")).hasSize(5);

        Path none = dir.resolve("none");
        assertThat(CommandRun.of("check", "--no-grammar", "--no-config", "--fail-on", "none", "--report-pages", "0",
                "--report", none.toString(), "seeds").exitCode()).isZero();
        assertThat(names(none)).containsExactly("index.html");

        Path all = dir.resolve("all");
        assertThat(CommandRun.of("check", "--no-grammar", "--no-config", "--fail-on", "none", "--report-pages", "all",
                "--report", all.toString(), "seeds").exitCode()).isZero();
        assertThat(names(all)).hasSize(6);
    }

    @Test
    void aReportPagesThatIsNotACountIsAUsageError(@TempDir Path dir) {
        for (String bad : List.of("-1", "many", "")) {
            CommandRun run = CommandRun.of("check", "--no-grammar", "--report-pages", bad,
                    "--report", dir.resolve("r").toString(), "seeds");
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err()).contains("--report-pages").contains("not a number of pages");
        }
    }

    @Test
    void noReportWritesNothing(@TempDir Path dir) {
        Path report = dir.resolve("report");
        CommandRun run = CommandRun.of("check", "--no-grammar", "--no-report", "--report", report.toString(), "seeds");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(report).doesNotExist();
        assertThat(run.err()).doesNotContain("HTML report");
    }

    @Test
    void aReportFolderThatIsAFileIsAUsageError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("report"), "not a folder");
        CommandRun run = CommandRun.of("check", "--no-grammar", "--report", file.toString(), "seeds");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write the HTML report").contains("not a folder");
        assertThat(run.out()).isEmpty();
    }
}
