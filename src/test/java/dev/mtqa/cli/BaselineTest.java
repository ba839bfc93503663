package dev.mtqa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The baseline round trip: record, re-check (nothing new), edit, and only the new findings fail. */
class BaselineTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    private Path corpus;
    private Path article;
    private Path baseline;

    @BeforeEach
    void recordABaseline() throws IOException {
        corpus = Files.createDirectories(dir.resolve("articles"));
        article = corpus.resolve("000.txt");
        Files.copy(Path.of("seeds/000_68b0b6fc8582c976.txt"), article);
        Files.copy(Path.of("seeds/004_d0a83b379e3fb086.txt"), corpus.resolve("004.txt"));
        baseline = dir.resolve("mtqa-baseline.json");
        CommandRun write = check("--write-baseline", baseline.toString());
        assertThat(write.exitCode()).as("recording accepts every finding").isZero();
        assertThat(write.err()).contains("to the baseline");
    }

    private CommandRun check(String... more) {
        List<String> args = new ArrayList<>(List.of("check", "--no-grammar", "--no-report", "--no-config",
                "--fail-on", "warning", "--format", "json"));
        args.addAll(List.of(more));
        args.add(corpus.toString());
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static List<JsonNode> findings(CommandRun run) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        MAPPER.readTree(run.out()).get("files").forEach(f -> f.get("findings").forEach(all::add));
        return all;
    }

    @Test
    void theBaselineHoldsEveryFindingWithPathsRelativeToItsFolder() throws IOException {
        JsonNode file = MAPPER.readTree(baseline.toFile());
        CommandRun full = check();
        assertThat(file.get("version").asInt()).isEqualTo(1);
        assertThat(file.get("findings")).hasSize(findings(full).size()).isNotEmpty();
        assertThat(file.get("findings")).allSatisfy(e -> {
            assertThat(e.get("path").asText()).startsWith("articles/");
            assertThat(e.get("fingerprint").asText()).isNotBlank();
        });
    }

    @Test
    void recheckingReportsNothingNew() throws IOException {
        CommandRun run = check("--baseline", baseline.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(findings(run)).isEmpty();
        assertThat(run.err()).contains("0 new").contains("0 baseline entries no longer occur");
    }

    @Test
    void aNewLineWithKievIsExactlyTheNewFindings() throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        // A line added at the top and a paragraph changed elsewhere: the old findings keep their fingerprints.
        String edited = "Officials in Kiev said the talks would resume.\n\n"
                + text.replace("The fact is that", "The fact is simply that");
        Files.writeString(article, edited, StandardCharsets.UTF_8);
        CommandRun run = check("--baseline", baseline.toString());
        List<JsonNode> fresh = findings(run);
        assertThat(fresh).hasSize(1);
        assertThat(fresh.get(0).get("rule").asText()).isEqualTo("TERMINOLOGY_HOUSE_STYLE");
        assertThat(fresh.get(0).get("text").asText()).isEqualTo("Kiev");
        assertThat(fresh.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("1 new").contains("0 baseline entries no longer occur");
    }

    @Test
    void findingsThatWentAwayAreCounted() throws IOException {
        String text = Files.readString(article, StandardCharsets.UTF_8);
        Files.writeString(article, text.replace("Kiev", "Kyiv"), StandardCharsets.UTF_8);
        CommandRun run = check("--baseline", baseline.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(findings(run)).isEmpty();
        assertThat(run.err()).containsPattern("[1-9]\\d* baseline entr(y|ies) no longer occurs?");
    }

    @Test
    void onlyNewFindingsCountTowardFailOn() throws IOException {
        Files.writeString(corpus.resolve("new.txt"), "Officials in Kiev said so.\n", StandardCharsets.UTF_8);
        assertThat(check("--baseline", baseline.toString()).exitCode()).isEqualTo(1);
        CommandRun errorsOnly = CommandRun.of("check", "--no-grammar", "--no-report", "--no-config", "--fail-on", "error",
                "--baseline", baseline.toString(), corpus.toString());
        assertThat(errorsOnly.exitCode()).as("a warning does not fail at --fail-on error").isZero();
    }

    @Test
    void aBrokenBaselineIsAUsageError() throws IOException {
        Files.writeString(baseline, "{\"findings\": 3}");
        CommandRun run = check("--baseline", baseline.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not an mtqa baseline");
        assertThat(check("--baseline", dir.resolve("missing.json").toString()).exitCode()).isEqualTo(2);
        assertThat(check("--baseline", baseline.toString(), "--write-baseline", baseline.toString()).exitCode()).isEqualTo(2);
    }
}
