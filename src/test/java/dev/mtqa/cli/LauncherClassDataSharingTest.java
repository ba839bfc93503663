package dev.mtqa.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's class-data sharing: the first run writes the archive, later runs use it, and
 * neither changes what a run prints or the exit code it ends with; where the archive cannot be
 * written, runs go on without it and say nothing. The launcher runs here on a stand-in jar (a
 * program printing a line of JSON and exiting 1, as a check with findings does), copied with the
 * script into a folder of its own, so that no build is triggered.
 */
class LauncherClassDataSharingTest {
    private static final String OUTPUT = "{\"findings\":1}";

    /** The launcher and a stand-in jar in {@code dir}, as a checkout would hold them. */
    private static Path install(Path dir) throws IOException {
        return StandinLauncher.install(dir,
                " System.out.println(\"" + OUTPUT.replace("\"", "\\\"") + "\"); System.exit(1); ");
    }

    private record Run(int exit, String out, String err) {
    }

    /** What every run should come to: the stand-in's output and exit code, and nothing else. */
    private static final Run CLEAN = new Run(1, OUTPUT + "\n", "");

    private static Run run(Path launcher, String... options) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", launcher.toString(), "check"));
        command.addAll(List.of(options));
        command.add("x.txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("MTQA_CDS");
        builder.environment().remove("MTQA_JAVA_OPTS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out, err);
    }

    /** Files a run writes under names of its own (its process id) and should have moved or removed. */
    private static List<String> leftovers(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("mtqa.*\\.jsa\\.[0-9]+.*")).toList();
        }
    }

    @Test
    void theFirstRunWritesTheArchiveAndNoRunChangesItsOutputOrExitCode(@TempDir Path dir) throws Exception {
        Path launcher = install(dir);
        Path archive = dir.resolve("target/mtqa.jsa");
        Run first = run(launcher);
        assertThat(first).isEqualTo(CLEAN);
        assertThat(archive).isNotEmptyFile();
        long written = Files.getLastModifiedTime(archive).toMillis();
        Run second = run(launcher);
        assertThat(second).isEqualTo(CLEAN);
        assertThat(Files.getLastModifiedTime(archive).toMillis()).as("used, not written again").isEqualTo(written);
        assertThat(leftovers(dir.resolve("target"))).isEmpty();
    }

    @Test
    void aRunWithoutLanguageToolWritesAnArchiveOfItsOwnAndUsesTheFullOneOnceThereIs(@TempDir Path dir) throws Exception {
        Path launcher = install(dir);
        Path full = dir.resolve("target/mtqa.jsa");
        Path rules = dir.resolve("target/mtqa-rules.jsa");
        assertThat(run(launcher, "--no-grammar")).isEqualTo(CLEAN);
        assertThat(rules).isNotEmptyFile();
        assertThat(full).doesNotExist();
        assertThat(run(launcher)).isEqualTo(CLEAN);
        assertThat(full).isNotEmptyFile();
        Files.delete(rules);
        assertThat(run(launcher, "--grammar", "off")).isEqualTo(CLEAN);
        assertThat(rules).as("the full archive served; none of its own written").doesNotExist();
        assertThat(leftovers(dir.resolve("target"))).isEmpty();
    }

    @Test
    void anArchiveWrittenByAnotherJvmIsWrittenAgain(@TempDir Path dir) throws Exception {
        Path launcher = install(dir);
        Path archive = dir.resolve("target/mtqa.jsa");
        run(launcher);
        Path writer = dir.resolve("target/mtqa.jsa.jvm");
        assertThat(writer).isNotEmptyFile();
        Files.writeString(writer, "/opt/another-jdk/bin/java 1:1\n");
        Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(archive).toMillis() + 1_000));
        long before = Files.getLastModifiedTime(archive).toMillis();
        assertThat(run(launcher)).isEqualTo(CLEAN);
        assertThat(Files.readString(writer)).doesNotContain("another-jdk");
        assertThat(Files.getLastModifiedTime(archive).toMillis()).isNotEqualTo(before);
        assertThat(leftovers(dir.resolve("target"))).isEmpty();
    }

    @Test
    void anArchiveThatDoesNotFitTheJarIsIgnoredSilently(@TempDir Path dir) throws Exception {
        Path launcher = install(dir);
        Path archive = dir.resolve("target/mtqa.jsa");
        run(launcher);
        // Another jar of the same name, older than the archive: the JVM refuses the archive.
        Path jar = dir.resolve("target/mtqa.jar");
        Files.write(jar, Files.readAllBytes(jar), java.nio.file.StandardOpenOption.APPEND);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(archive).toMillis() - 60_000));
        assertThat(run(launcher).out()).isEqualTo(OUTPUT + "\n");
    }

    @Test
    void whereTheArchiveCannotBeWrittenRunsGoOnWithoutIt(@TempDir Path dir) throws Exception {
        Path launcher = install(dir);
        Path target = dir.resolve("target");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Root may write anyway; what matters is that the run prints only its own output.
            assertThat(run(launcher)).isEqualTo(CLEAN);
        } finally {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
