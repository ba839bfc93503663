package dev.mtqa.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which compiler options the launcher picks for a run, by its grammar mode, the size of its
 * inputs (compressed ones counted four times) and its jobs. The launcher runs a stand-in jar that
 * prints the JVM's options ({@link StandinLauncher}); the inputs are sparse files, as only their
 * sizes matter.
 */
class LauncherJvmOptionsTest {
    private static final String QUICK = "-XX:TieredStopAtLevel=1";
    private static final String LESS_INLINING = "-XX:FreqInlineSize=100";
    private static final String PARALLEL_GC = "-XX:+UseParallelGC";
    private static final String BOUNDED_YOUNG = "-XX:NewRatio=8";
    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    private Path install() throws IOException {
        return StandinLauncher.install(dir,
                "System.out.println(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());");
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
        return options(Map.of(), launcher, arguments);
    }

    /** The JVM options of a check run with these arguments and these variables set. */
    private String options(Map<String, String> environment, Path launcher, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString(), "check"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MTQA_CDS", "off");
        builder.environment().remove("MTQA_JAVA_OPTS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void withLanguageToolASmallInputGetsTheQuickCompilerALargerOneLessInlining() throws Exception {
        Path launcher = install();
        assertThat(options(launcher, input("drop.jsonl", MB).toString())).contains(QUICK).doesNotContain(LESS_INLINING);
        String large = options(launcher, input("corpus.jsonl", 5 * MB).toString());
        assertThat(large).doesNotContain(QUICK).contains(LESS_INLINING, "-XX:InlineSmallCode=1000");
        assertThat(options(launcher, "--grammar", "fast", input("big.jsonl", 40 * MB).toString()))
                .doesNotContain(QUICK).contains(LESS_INLINING);
    }

    @Test
    void withLanguageToolAndACoreLeftForTheCompilerTheQuickCompilerOnlyUpTo512Kb() throws Exception {
        Path launcher = install();
        String drop = input("drop.jsonl", MB).toString();
        String article = input("article.jsonl", 300 * 1024).toString();
        boolean coreLeft = Runtime.getRuntime().availableProcessors() > 1;
        for (String jobs : List.of("-j1", "--jobs=1")) {
            String options = options(launcher, jobs, drop);
            assertThat(options.contains(QUICK)).as(options).isEqualTo(!coreLeft);
            assertThat(options.contains(LESS_INLINING)).as(options).isEqualTo(coreLeft);
            assertThat(options(launcher, jobs, article)).contains(QUICK);
        }
        assertThat(options(launcher, "--grammar", "fast", "-j", "1", drop).contains(QUICK)).isEqualTo(!coreLeft);
        // Every core a worker: the quick compiler up to 2 MB.
        String everyCore = "-j" + Runtime.getRuntime().availableProcessors();
        assertThat(options(launcher, everyCore, drop)).contains(QUICK);
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
        // So does Zstandard.
        String zstd = input("corpus.jsonl.zst", 40 * MB).toString();
        assertThat(options(launcher, "--no-grammar", zstd)).doesNotContain(QUICK).contains(LESS_INLINING);
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

    @Test
    void everyRunGetsTheThroughputCollectorUnlessTheUserChoseOne() throws Exception {
        Path launcher = install();
        String corpus = input("corpus.jsonl", 5 * MB).toString();
        assertThat(options(launcher, corpus)).contains(PARALLEL_GC);
        assertThat(options(launcher, "--no-grammar", corpus)).contains(PARALLEL_GC);
        assertThat(options(launcher, input("article.txt", 4_000).toString())).contains(PARALLEL_GC);
        // A collector of the user's: the JVM would refuse to start with two.
        for (String gc : List.of("-XX:+UseG1GC", "-XX:+UseSerialGC", "-XX:+UseZGC")) {
            for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
                assertThat(options(Map.of(variable, "-Xmx512m " + gc), launcher, corpus))
                        .as(variable + "=" + gc).contains(gc).doesNotContain(PARALLEL_GC);
            }
        }
        // Other options of the user's leave it in; MTQA_JAVA_OPTS replaces all of the launcher's.
        assertThat(options(Map.of("JDK_JAVA_OPTIONS", "-Xmx512m -XX:+UseGCOverheadLimit"), launcher, corpus))
                .contains(PARALLEL_GC);
        assertThat(options(Map.of("MTQA_JAVA_OPTS", "-Xmx512m"), launcher, corpus)).doesNotContain(PARALLEL_GC);
    }

    @Test
    void moreThanAnArticleGetsABoundedYoungGenerationWhereTheDefaultHeapIsLargeUnlessTheUserSizedIt() throws Exception {
        Path launcher = install();
        String corpus = input("corpus.jsonl", 5 * MB).toString();
        // The JVM's own measure of the memory it sizes its heap by (a container's limit included).
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        boolean large = memory >= 12L * 1024 * MB;
        assertThat(options(launcher, corpus).contains(BOUNDED_YOUNG)).as("%d bytes of memory", memory).isEqualTo(large);
        assertThat(options(launcher, "--no-grammar", corpus).contains(BOUNDED_YOUNG)).isEqualTo(large);
        assertThat(options(launcher, input("articles.jsonl", 20_000).toString()).contains(BOUNDED_YOUNG)).isEqualTo(large);
        assertThat(options(launcher, input("article.txt", 4_000).toString())).doesNotContain(BOUNDED_YOUNG);
        for (String sizing : List.of("-Xmx1g", "-XX:MaxHeapSize=2g", "-XX:MaxRAMPercentage=50", "-Xmn256m",
                "-XX:NewRatio=3", "-XX:MaxNewSize=300m", "-XX:NewSize=100m")) {
            assertThat(options(Map.of("JDK_JAVA_OPTIONS", sizing), launcher, corpus)).as(sizing)
                    .contains(sizing).doesNotContain(BOUNDED_YOUNG);
        }
        // With a collector of the user's (G1 would take the ratio as a fixed size) or MTQA_JAVA_OPTS, never.
        assertThat(options(Map.of("JDK_JAVA_OPTIONS", "-XX:+UseG1GC"), launcher, corpus)).doesNotContain(BOUNDED_YOUNG);
        assertThat(options(Map.of("MTQA_JAVA_OPTS", "-Xss2m"), launcher, corpus)).doesNotContain(BOUNDED_YOUNG);
    }
}
