package dev.mtqa.report.html;

import dev.mtqa.Mtqa;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.finding.FileResult;
import dev.mtqa.input.Inputs;
import dev.mtqa.input.PathFilter;
import dev.mtqa.report.Reporter;
import dev.mtqa.report.Summary;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.mtqa.report.html.HtmlReportTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the HTML report works out ahead, on the threads that checked the documents
 * ({@link HtmlReporter#prepare}), leaves the report as it was without: the same files, byte for
 * byte, also when the findings reported are fewer than those checked (as a baseline leaves them).
 */
class PreparedReportTest {
    private static final String[] SENTENCES = {
        "Talks in Kiev went on.", "Kyiv had no power on Tuesday.", "Zelensky met Vladimir Zelensky's aides.",
        "The restaurant served Chicken Kiev.", "KIEV \u2014 officials said.", "Ships left Odesa.",
        "\u041a\u0438\u0457\u0432 \u0441\u044c\u043e\u0433\u043e\u0434\u043d\u0456.", "Cafe\u0301 owners in Kyiv\u2019s centre.",
        "It  was late.", "Prices rose by 4 %.", "\u201cWe will win,\u201d he said.",
    };
    private static final String[] LINES = {
        "Subscribe to the Kyiv Morning newsletter for more", "* * *", "Share this article", "Advertisement",
    };

    @Test
    void preparedOnOtherThreadsTheReportIsTheSameByteForByte(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("drop.jsonl");
        Random random = new Random(7);
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < 1 + random.nextInt(6); line++) {
                if (random.nextInt(3) == 0) {
                    text.append(LINES[random.nextInt(LINES.length)]);
                } else {
                    for (int s = 0; s < 1 + random.nextInt(3); s++) {
                        text.append(s == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
                    }
                }
                text.append("\n\n");
            }
            jsonl.append("{\"id\":\"").append(i).append("\",\"text\":\"")
                    .append(text.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                    .append("\"}\n");
        }
        Files.writeString(input, jsonl);

        Mtqa mtqa = ReportRun.mtqa();
        List<FileResult> results = new ArrayList<>();
        CorpusProfile profile = mtqa.checkAll(new Inputs(PathFilter.defaults()).list(List.of(input.toString())), 2,
                results::add);
        // As a baseline may: report every other finding of those checked, and none at all of every
        // third record (which then counts as clean, though it was prepared with findings).
        List<FileResult> shown = results.stream().map(r -> r.withFindings(Integer.parseInt(r.record()) % 3 == 0
                ? List.of() : IntStream.range(0, r.findings().size())
                .filter(i -> i % 2 == 0).mapToObj(r.findings()::get).toList())).toList();
        assertThat(IntStream.range(0, results.size())
                .filter(i -> !results.get(i).findings().isEmpty() && shown.get(i).findings().isEmpty()).count())
                .as("records that lose all their findings").isGreaterThan(30);

        HtmlReporter direct = reporter(dir.resolve("direct"), mtqa, input);
        direct.corpus(profile);
        shown.forEach(direct::file);
        direct.end(summary(shown), 0);

        HtmlReporter ahead = reporter(dir.resolve("ahead"), mtqa, input);
        ahead.corpus(profile);
        List<Reporter.Prepared> prepared = results.parallelStream().map(ahead::prepare).toList();
        for (int i = 0; i < shown.size(); i++) {
            prepared.get(i).file(shown.get(i));
        }
        ahead.end(summary(shown), 0);

        List<String> names = names(dir.resolve("direct"));
        assertThat(names(dir.resolve("ahead"))).isEqualTo(names);
        for (String name : names) {
            assertThat(Files.readString(dir.resolve("ahead").resolve(name))).as(name)
                    .isEqualTo(Files.readString(dir.resolve("direct").resolve(name)));
        }
        // Not a comparison of two empty sections: the corpus had spellings and repeated lines to show.
        Document index = parse(dir.resolve("direct").resolve(HtmlReporter.INDEX));
        assertThat(index.select("table.repeated-table tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Subscribe to the Kyiv Morning newsletter"));
        assertThat(index.select("table.spelling-table th").eachText()).contains("Kyiv", "Zelenskyy");
        assertThat(names).hasSizeGreaterThan(50);
    }

    private static HtmlReporter reporter(Path folder, Mtqa mtqa, Path input) throws IOException {
        HtmlReporter reporter = HtmlReporter.create(folder, new HtmlReporter.Settings(List.of(),
                List.of(input.toString()), mtqa.ruleMetadata(), mtqa.houseStyle(), "test", mtqa.grammar(),
                warning -> { }, 60, 2));
        reporter.begin();
        return reporter;
    }

    private static Summary summary(List<FileResult> results) {
        Summary summary = new Summary();
        results.forEach(summary::add);
        return summary;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
