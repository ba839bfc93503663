package dev.mtqa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON report of design.md, checked field by field on the seeds and on text with emoji and CRLF. */
class JsonContractTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;

    private static JsonNode report;
    private static String reportText;

    @BeforeAll
    static void runOnce() throws IOException {
        Files.copy(Path.of("seeds/000_68b0b6fc8582c976.txt"), dir.resolve("000.txt"));
        Files.copy(Path.of("seeds/004_d0a83b379e3fb086.txt"), dir.resolve("004.txt"));
        // Astral characters and CRLF before the errors, so code point offsets and UTF-16 indices differ.
        Files.writeString(dir.resolve("emoji.txt"),
                "\uD83D\uDE00\uD83C\uDDFA\uD83C\uDDE6 Breaking news\r\n\r\nThis is a tset of the sysstem.\r\n"
                        + "\uD83D\uDD25 They will live the country soon.\r\n", StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("check", "--format", "json", "--no-report", "--fail-on", "none", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        reportText = run.out();
        report = MAPPER.readTree(reportText);
    }

    @Test
    void topLevelFields() {
        assertThat(report.get("version").asInt()).isEqualTo(1);
        assertThat(report.at("/tool/name").asText()).isEqualTo("mtqa");
        assertThat(report.at("/tool/version").asText()).isNotBlank();
        assertThat(report.at("/tool/grammar").asText()).as("how much of LanguageTool ran").isEqualTo("full");
        assertThat(report.get("files")).hasSize(3);
        assertThat(report.get("summary").get("files").asInt()).isEqualTo(3);
    }

    @Test
    void everyFindingHasEveryFieldAndItsTextIsTheSpan() throws IOException {
        int total = 0;
        for (JsonNode file : report.get("files")) {
            String path = file.get("path").asText();
            assertThat(file.has("record")).isTrue();
            assertThat(file.get("record").isNull()).isTrue();
            String text = Files.readString(Path.of(path), StandardCharsets.UTF_8);
            int[] cps = text.codePoints().toArray();
            Set<String> fingerprints = new HashSet<>();
            for (JsonNode f : file.get("findings")) {
                total++;
                for (String field : new String[] {"rule", "category", "severity", "start", "end", "line", "column",
                        "endLine", "endColumn", "text", "message", "suggestions", "fingerprint"}) {
                    assertThat(f.has(field)).as("%s in %s", field, f).isTrue();
                }
                int start = f.get("start").asInt();
                int end = f.get("end").asInt();
                assertThat(new String(cps, start, end - start)).as("text[start:end] of %s", f).isEqualTo(f.get("text").asText());
                assertThat(f.get("line").asInt()).isEqualTo(lineOf(cps, start));
                assertThat(f.get("column").asInt()).isEqualTo(columnOf(cps, start));
                assertThat(f.get("endLine").asInt()).isEqualTo(lineOf(cps, end));
                assertThat(f.get("endColumn").asInt()).isEqualTo(columnOf(cps, end));
                assertThat(f.get("category").asText()).matches("[A-Z_]+");
                assertThat(f.get("severity").asText()).isIn("error", "warning", "info");
                for (JsonNode s : f.get("suggestions")) {
                    assertThat(s.get("replacement").isTextual()).isTrue();
                    assertThat(s.get("safe").isBoolean()).isTrue();
                }
                assertThat(fingerprints.add(f.get("fingerprint").asText())).as("unique fingerprint").isTrue();
            }
        }
        assertThat(total).isEqualTo(report.at("/summary/findings").asInt()).isPositive();
    }

    @Test
    void offsetsCountCodePointsPastEmoji() {
        JsonNode emoji = fileEnding("emoji.txt");
        assertThat(emoji.get("findings")).anySatisfy(f -> {
            assertThat(f.get("text").asText()).isEqualTo("tset");
            assertThat(f.get("line").asInt()).isEqualTo(3);
            assertThat(f.get("column").asInt()).isEqualTo(11);
        });
        assertThat(emoji.get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("MTQA_LIVE_LEAVE");
            assertThat(f.get("text").asText()).isEqualTo("live");
            assertThat(f.get("column").asInt()).isEqualTo(13);
        });
    }

    @Test
    void summaryCountsAddUp() {
        JsonNode summary = report.get("summary");
        int bySeverity = 0;
        for (JsonNode n : summary.get("bySeverity")) {
            bySeverity += n.asInt();
        }
        int byRule = 0;
        for (JsonNode n : summary.get("byRule")) {
            byRule += n.asInt();
        }
        assertThat(bySeverity).isEqualTo(summary.get("findings").asInt());
        assertThat(byRule).isEqualTo(summary.get("findings").asInt());
        assertThat(summary.get("byCategory").has("TERMINOLOGY")).isTrue();
    }

    private static JsonNode fileEnding(String name) {
        for (JsonNode file : report.get("files")) {
            if (file.get("path").asText().endsWith(name)) {
                return file;
            }
        }
        throw new AssertionError("no " + name + " in " + reportText);
    }

    private static int lineOf(int[] cps, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (cps[i] == '\n' || (cps[i] == '\r' && (i + 1 >= cps.length || cps[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(int[] cps, int offset) {
        int column = 1;
        for (int i = offset - 1; i >= 0 && cps[i] != '\n' && cps[i] != '\r'; i--) {
            column++;
        }
        return column;
    }

    @Test
    void jsonlRecordsCarryTheirUrlAndSourceAsMetadata(@TempDir Path records) throws IOException {
        Path input = records.resolve("drop.jsonl");
        Files.writeString(input, "{\"id\":\"r1\",\"source\":\"Wire\",\"url\":\"https://news.example/a\","
                + "\"text\":\"They will live the country in Kiev.\\n\",\"lang\":\"en\"}\n"
                + "{\"id\":\"r2\",\"text\":\"A plain record.\\n\"}\n");
        CommandRun run = CommandRun.of("check", "--format", "json", "--no-report", "--no-grammar", "--fail-on", "none",
                input.toString());
        JsonNode files = MAPPER.readTree(run.out()).get("files");
        assertThat(files.get(0).get("record").asText()).isEqualTo("r1");
        assertThat(files.get(0).get("metadata").toString())
                .isEqualTo("{\"source\":\"Wire\",\"url\":\"https://news.example/a\"}");
        assertThat(files.get(1).has("metadata")).as("no metadata, no field").isFalse();
    }

    @Test
    void jsonlOnStandardInputIsCheckedRecordByRecordUnderTheStdinPath() throws IOException {
        String jsonl = "{\"id\":\"r1\",\"url\":\"https://news.example/a\",\"text\":\"Talks in Kiev.\\n\"}\n"
                + "{\"id\":\"r2\",\"text\":\"A plain record.\\n\"}\n";
        CommandRun run = CommandRun.withStdin(jsonl, "check", "--format", "json", "--no-report", "--no-grammar",
                "--fail-on", "none", "-");
        JsonNode files = MAPPER.readTree(run.out()).get("files");
        assertThat(files).hasSize(2);
        assertThat(files.get(0).get("path").asText()).isEqualTo("<stdin>");
        assertThat(files.get(0).get("record").asText()).isEqualTo("r1");
        assertThat(files.get(0).get("metadata").get("url").asText()).isEqualTo("https://news.example/a");
        assertThat(files.get(1).get("record").asText()).isEqualTo("r2");
        CommandRun asText = CommandRun.withStdin(jsonl, "check", "--format", "json", "--no-report", "--no-grammar",
                "--fail-on", "none", "--stdin-format", "text", "-");
        assertThat(MAPPER.readTree(asText.out()).get("files")).hasSize(1);
        CommandRun wrong = CommandRun.withStdin(jsonl, "check", "--stdin-format", "yaml", "-");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("expected auto, text or jsonl");
    }
}
