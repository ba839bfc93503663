package dev.mtqa.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which compiler options the launcher picks for a run, by its grammar mode, the size of its
 * inputs (gzipped ones counted four times) and its jobs. The launcher runs a stand-in jar that
 * prints the JVM's options, copied with the script into a folder of its own; the inputs are
 * sparse files, as only their sizes matter.
 */
class LauncherJvmOptionsTest {
    private static final String QUICK = "-XX:TieredStopAtLevel=1";
    private static final String LESS_INLINING = "-XX:FreqInlineSize=100";
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    private Path install() throws IOException {
        Path source = dir.resolve("src-standin/Standin.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "public class Standin { public static void main(String[] a) {"
                + " System.out.println(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()); } }");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, "-d", source.getParent().toString(), source.toString())).isZero();
        Path target = Files.createDirectories(dir.resolve("target"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Standin");
        try (OutputStream file = Files.newOutputStream(target.resolve("mtqa.jar"));
             JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.putNextEntry(new JarEntry("Standin.class"));
            jar.write(Files.readAllBytes(source.getParent().resolve("Standin.class")));
            jar.closeEntry();
        }
        Path launcher = dir.resolve("mtqa");
        Files.copy(Path.of("mtqa"), launcher, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }

    private Path input(String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    /** The JVM options of a check run with these arguments. */
    private String options(Path launcher, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString(), "check"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MTQA_CDS", "off");
        builder.environment().remove("MTQA_JAVA_OPTS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void withLanguageToolOnlyASmallInputGetsTheQuickCompiler() throws Exception {
        Path launcher = install();
        assertThat(options(launcher, input("drop.jsonl", MB).toString())).contains(QUICK);
        String large = options(launcher, input("corpus.jsonl", 5 * MB).toString());
        assertThat(large).doesNotContain(QUICK).doesNotContain(LESS_INLINING);
    }

    @Test
    void mtqasOwnRulesKeepTheQuickCompilerUpTo128MbWhenEveryCoreHasAWorker() throws Exception {
        Path launcher = install();
        String corpus = input("corpus.jsonl", 120 * MB).toString();
        assertThat(options(launcher, "--no-grammar", corpus)).contains(QUICK);
        assertThat(options(launcher, "--grammar", "off", corpus)).contains(QUICK);
        String huge = input("huge.jsonl", 150 * MB).toString();
        assertThat(options(launcher, "--no-grammar", huge)).doesNotContain(QUICK).contains(LESS_INLINING);
        // 40 MB of gzip counts as 160 MB of text.
        String gzipped = input("corpus.jsonl.gz", 40 * MB).toString();
        assertThat(options(launcher, "--no-grammar", gzipped)).doesNotContain(QUICK).contains(LESS_INLINING);
        assertThat(options(launcher, "--no-grammar", input("small.jsonl.gz", 5 * MB).toString())).contains(QUICK);
    }

    @Test
    void withACoreLeftForTheCompilerOnlyUpTo32Mb() throws Exception {
        Path launcher = install();
        String corpus = input("corpus.jsonl", 60 * MB).toString();
        String small = input("small.jsonl", 20 * MB).toString();
        // One job leaves the compiler a core of its own where there are two or more.
        boolean coreLeft = Runtime.getRuntime().availableProcessors() > 1;
        for (String jobs : List.of("-j1", "--jobs=1")) {
            assertThat(options(launcher, "--no-grammar", jobs, corpus).contains(QUICK)).isEqualTo(!coreLeft);
            assertThat(options(launcher, "--no-grammar", jobs, small)).contains(QUICK);
        }
        assertThat(options(launcher, "--no-grammar", "-j", "1", corpus).contains(QUICK)).isEqualTo(!coreLeft);
        assertThat(options(launcher, "--no-grammar", "--jobs", "1", corpus).contains(QUICK)).isEqualTo(!coreLeft);
    }
}
