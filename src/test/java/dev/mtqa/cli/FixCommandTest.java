package dev.mtqa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mtqa fix} as users run it; LanguageTool off except where the seeds are checked end to end. */
class FixCommandTest {
    private static final String ARTICLE = "Talks resumed in Kiev on Monday.\r\n\r\nClick to comment\r\n\r\n"
            + "The drones were\u00a0attacking the city  again.\r\n";
    private static final String CLEANED = "Talks resumed in Kyiv on Monday.\r\n\r\n"
            + "The drones were attacking the city again.\r\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void refusesWithoutBeingToldWhereTheTextGoes() throws IOException {
        Path file = write("a.txt", ARTICLE);
        CommandRun run = CommandRun.of("fix", "--no-grammar", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out DIR", "--in-place", "--dry-run", "Nothing is overwritten");
        assertThat(Files.readString(file)).isEqualTo(ARTICLE);
        assertThat(CommandRun.of("fix", "--no-grammar", "--dry-run", "--stdout", file.toString()).exitCode()).isEqualTo(2);
        assertThat(CommandRun.of("fix", "--no-grammar", "--backup", "--dry-run", file.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void outWritesCleanedCopiesAtTheSameRelativePathsAndKeepsCrlf() throws IOException {
        write("in/sub/a.txt", ARTICLE);
        write("in/b.txt", "Nothing to fix here.\n");
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("fix", "--no-grammar", "--out", out.toString(), dir.resolve("in").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("sub/a.txt"))).isEqualTo(CLEANED);
        assertThat(Files.readString(out.resolve("b.txt"))).isEqualTo("Nothing to fix here.\n");
        assertThat(run.out()).contains("a.txt: 4 fixes applied, 0 left for review").contains("2 files: 4 fixes applied");
        assertThat(Files.readString(dir.resolve("in/sub/a.txt"))).isEqualTo(ARTICLE);
    }

    @Test
    void outWritesACompressedFileCompressedAsItCame() throws IOException {
        Path in = Files.createDirectories(dir.resolve("packed"));
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(in.resolve("a.txt.gz")));
             var zst = new io.airlift.compress.zstd.ZstdOutputStream(Files.newOutputStream(in.resolve("b.txt.zst")))) {
            gz.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
            zst.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("fix", "--no-grammar", "--out", out.toString(), in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String name : List.of("a.txt.gz", "b.txt.zst")) {
            List<dev.mtqa.input.Loaded> loaded = new java.util.ArrayList<>();
            new dev.mtqa.input.Inputs(dev.mtqa.input.PathFilter.defaults()).list(List.of(out.resolve(name).toString()))
                    .forEach(item -> loaded.add(item.load()));
            assertThat(loaded).as(name).singleElement().satisfies(l ->
                    assertThat(((dev.mtqa.input.Loaded.Ok) l).document().text()).isEqualTo(CLEANED));
        }
    }

    @Test
    void inPlaceReplacesAtomicallyAndKeepsABackupOnRequest() throws IOException {
        Path file = write("a.txt", ARTICLE);
        CommandRun run = CommandRun.of("fix", "--no-grammar", "--in-place", "--backup", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file)).isEqualTo(CLEANED);
        assertThat(Files.readString(dir.resolve("a.txt.bak"))).isEqualTo(ARTICLE);
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "a.txt.bak");
        }
    }

    @Test
    void dryRunChangesNothingAndPrintsAUnifiedDiff() throws IOException {
        Path file = write("a.txt", ARTICLE);
        CommandRun run = CommandRun.of("fix", "--no-grammar", "--dry-run", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(ARTICLE);
        assertThat(run.out()).contains("--- a/", "+++ b/", "-Talks resumed in Kiev", "+Talks resumed in Kyiv", "-Click to comment");
        assertThat(run.err()).contains("4 fixes applied");
    }

    @Test
    void stdoutPrintsTheCleanedText() {
        CommandRun run = CommandRun.withStdin(ARTICLE, "fix", "--no-grammar", "--stdout", "-");
        assertThat(run.out()).isEqualTo(CLEANED);
    }

    @Test
    void jsonlInJsonlOutWithOnlyTheTextFieldChanged() throws IOException {
        String jsonl = "{\"id\":\"a1\",\"url\":\"https://x.test/1\",\"text\":\"Shelling in Kiev.\",\"n\":1.50}\n"
                + "not json at all\n"
                + "\n"
                + "{\"text\":\"Nothing wrong here.\",\"meta\":{\"k\":[1,2]},\"u\":\"\\u00e9\"}\r\n"
                + "{\"id\":7,\"text\":\"Odessa \\u0026 Lvov\"}";
        Path file = write("drop.jsonl", jsonl);
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("fix", "--no-grammar", "--out", out.toString(), file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String expected = "{\"id\":\"a1\",\"url\":\"https://x.test/1\",\"text\":\"Shelling in Kyiv.\",\"n\":1.50}\n"
                + "not json at all\n"
                + "\n"
                + "{\"text\":\"Nothing wrong here.\",\"meta\":{\"k\":[1,2]},\"u\":\"\\u00e9\"}\r\n"
                + "{\"id\":7,\"text\":\"Odesa & Lviv\"}";
        assertThat(Files.readString(out.resolve("drop.jsonl"))).isEqualTo(expected);
        assertThat(run.out()).contains("drop.jsonl: 3 records, 3 fixes applied");
        assertThat(run.out() + run.err()).contains("drop.jsonl:2").contains("malformed JSON");
    }

    @Test
    void jsonlOnStandardInputComesBackAsJsonlWithOnlyTheTextChanged() {
        String jsonl = "{\"id\":\"a1\",\"text\":\"Shelling in Kiev.\"}\n{\"id\":\"a2\",\"text\":\"Calm.\"}\n";
        CommandRun run = CommandRun.withStdin(jsonl, "fix", "--no-grammar", "--stdout", "-");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("{\"id\":\"a1\",\"text\":\"Shelling in Kyiv.\"}\n{\"id\":\"a2\",\"text\":\"Calm.\"}\n");
    }

    @Test
    void aByteOrderMarkBeforeTheFirstRecordIsReadAndKept() throws IOException {
        Path file = write("marked.jsonl", "\uFEFF{\"id\":\"a1\",\"text\":\"Shelling in Kiev.\"}\n");
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("fix", "--no-grammar", "--out", out.toString(), file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("marked.jsonl"))).isEqualTo("\uFEFF{\"id\":\"a1\",\"text\":\"Shelling in Kyiv.\"}\n");
    }

    @Test
    void hostileNamesCannotWriteOutsideTheOutputFolder() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(out.resolve("link"), outside);
        dev.mtqa.fix.OutputFolder folder = new dev.mtqa.fix.OutputFolder(out);
        for (String evil : List.of("../evil.txt", "/etc/evil.txt", "a/../../evil.txt", "link/evil.txt")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> folder.write(evil, new byte[] {1}))
                    .as(evil).isInstanceOf(IOException.class);
        }
        try (var files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
        assertThat(Files.exists(dir.resolve("evil.txt"))).isFalse();
    }

    /** The seeds fixed into a folder and checked again: no finding with a safe fix is left. */
    @Test
    void seedsFixedThenCheckedHaveNoSafeFindingLeft() throws IOException {
        Path out = dir.resolve("fixed");
        CommandRun fix = CommandRun.of("fix", "--out", out.toString(), "seeds");
        assertThat(fix.exitCode()).as(fix.err()).isIn(0, 1);
        CommandRun check = CommandRun.of("check", "--format", "json", "--no-report", out.toString());
        JsonNode report = new ObjectMapper().readTree(check.out());
        assertThat(report.at("/summary/files").asInt()).isEqualTo(5);
        for (JsonNode file : report.get("files")) {
            for (JsonNode f : file.get("findings")) {
                boolean safe = f.get("suggestions").size() > 0 && f.get("suggestions").get(0).get("safe").asBoolean();
                assertThat(safe).as("safe finding left in %s: %s", file.get("path"), f).isFalse();
            }
        }
    }
}
