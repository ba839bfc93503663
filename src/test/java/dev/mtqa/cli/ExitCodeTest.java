package dev.mtqa.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit codes of design.md, from the command run in-process. LanguageTool is off to keep them fast. */
class ExitCodeTest {
    @TempDir
    Path dir;

    private Path clean() throws IOException {
        return Files.writeString(dir.resolve("clean.txt"), "The talks resumed on Monday.\n", StandardCharsets.UTF_8);
    }

    /** A legacy-charset file: mtqa warns that it guessed the charset. */
    private Path guessed() throws IOException {
        Path file = dir.resolve("legacy.txt");
        Files.write(file, "Prices rose \u2013 again \u2013 said the caf\u00e9 owner.\n".getBytes(Charset.forName("windows-1252")));
        return file;
    }

    @Test
    void zeroWhenNothingReachesTheThreshold() throws IOException {
        CommandRun run = CommandRun.of("check", "--no-grammar", "--no-report", clean().toString(), guessed().toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("legacy.txt:1:1: warning:").contains("2 documents checked");
    }

    @Test
    void oneWhenAFindingReachesTheThreshold() throws IOException {
        CommandRun run = CommandRun.of("check", "--no-grammar", "--no-report", "--fail-on", "warning", guessed().toString());
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void failOnNoneNeverFailsOnFindings() throws IOException {
        CommandRun run = CommandRun.of("check", "--no-grammar", "--no-report", "--fail-on", "none", guessed().toString());
        assertThat(run.exitCode()).isEqualTo(0);
    }

    @Test
    void twoForUsageErrorsWithAMessage() {
        assertThat(CommandRun.of("check").exitCode()).isEqualTo(2);
        CommandRun badLang = CommandRun.of("check", "--lang", "fr-FR", "x.txt");
        assertThat(badLang.exitCode()).isEqualTo(2);
        assertThat(badLang.err()).contains("fr-FR");
        CommandRun badFailOn = CommandRun.of("check", "--fail-on", "sometimes", "x.txt");
        assertThat(badFailOn.exitCode()).isEqualTo(2);
        assertThat(CommandRun.of("check", "--jobs", "0", "--no-grammar", "x.txt").exitCode()).isEqualTo(2);
        assertThat(CommandRun.of("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void threeWhenAnInputCannotBeReadAndTheRunGoesOn() throws IOException {
        Path missing = dir.resolve("no-such-article.txt");
        CommandRun run = CommandRun.of("check", "--no-grammar", "--no-report", missing.toString(), guessed().toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("no-such-article.txt").contains("no such file");
        assertThat(run.out()).contains("legacy.txt:1:1:").contains("1 document checked").contains("1 unreadable");
    }

    @Test
    void binaryFilesAreSkippedWithAWarningAndCounted() throws IOException {
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        CommandRun run = CommandRun.of("check", "--no-grammar", "--no-report", binary.toString(), clean().toString());
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).contains("skipped").contains("image.txt").contains("binary");
        assertThat(run.out()).contains("1 document checked").contains("1 skipped");
    }

    @Test
    void standardInputIsReadFromDash() {
        CommandRun run = CommandRun.withStdin("Hello there.\n", "check", "--no-grammar", "--no-report", "-");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("1 document checked");
    }
}
