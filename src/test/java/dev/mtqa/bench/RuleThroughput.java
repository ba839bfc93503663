package dev.mtqa.bench;

import dev.mtqa.EnglishVariant;
import dev.mtqa.config.RuleResources;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleRegistry;
import dev.mtqa.text.EnglishVariantDetector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where mtqa's own rules spend their time, warm: runs the corpus profile, each shared analysis
 * (sentences, paragraphs, words, rare characters, the English variant) and each rule over an
 * in-memory corpus on one thread, several times, and prints the mean of the later half of the
 * passes, slowest first, in MB per CPU second.
 *
 * <p>Every pass starts from new {@link Document}s, so a rule is not timed on analyses another rule
 * left behind, and the analyses are timed on their own before any rule asks for them. The first
 * half of the passes only warms up the JIT. JSON parsing, findings and reporting are not included:
 * compare with a whole run to see their share. A diagnostic for the benchmark, not the benchmark.
 * Usage: {@code RuleThroughput CORPUS.jsonl [PASSES]} (default 8).
 */
public final class RuleThroughput {
    /** CPU time of this thread: robust when other processes share the machine. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private RuleThroughput() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = BenchCorpus.texts(Path.of(args[0]), Integer.MAX_VALUE);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        double mb = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() / 1048576.0;
        List<Rule> rules = RuleRegistry.customRules(RuleResources.builtIn());
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (int pass = 0; pass < passes; pass++) {
            Map<String, Double> times = pass < passes / 2 ? new LinkedHashMap<>() : seconds;
            List<Document> forProfile = documents(texts);
            CorpusProfiler profiler = new CorpusProfiler();
            time(times, "(corpus profile)", () -> forProfile.forEach(profiler::add));
            CorpusProfile profile = profiler.build();
            List<Document> documents = documents(texts);
            time(times, "(sentences)", () -> documents.forEach(Document::sentences));
            time(times, "(paragraphs)", () -> documents.forEach(Document::paragraphs));
            time(times, "(words)", () -> documents.forEach(Document::words));
            time(times, "(rare characters)", () -> documents.forEach(Document::rareCharacters));
            time(times, "(English variant)", () -> documents.forEach(d -> EnglishVariantDetector.get().detect(d.words())));
            RuleContext context = new RuleContext(EnglishVariant.US, profile);
            for (Rule rule : rules) {
                time(times, rule.metadata().id(), () -> documents.forEach(d -> rule.check(d, context, m -> { })));
            }
        }
        int timed = passes - passes / 2;
        double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum() / timed;
        System.out.printf(Locale.ROOT, "%.1f MB, %d documents, mean of %d warm passes: %.3f s, %.1f MB/s%n",
                mb, texts.size(), timed, total, mb / total);
        seconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(e -> {
            double s = e.getValue() / timed;
            System.out.printf(Locale.ROOT, "  %7.3f s %5.1f %% %9.1f MB/s  %s%n", s, 100 * s / total, mb / s, e.getKey());
        });
    }

    /** New documents, with only their line index built (as reading a file builds it). */
    private static List<Document> documents(List<String> texts) {
        List<Document> documents = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            documents.add(Document.of("doc-" + i, texts.get(i)));
        }
        return documents;
    }

    private static void time(Map<String, Double> into, String what, Runnable work) {
        long start = CPU.getCurrentThreadCpuTime();
        work.run();
        into.merge(what, (CPU.getCurrentThreadCpuTime() - start) / 1e9, Double::sum);
    }
}
