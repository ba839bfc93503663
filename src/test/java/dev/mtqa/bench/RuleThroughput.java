package dev.mtqa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mtqa.EnglishVariant;
import dev.mtqa.config.RuleResources;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleRegistry;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where mtqa's own rules spend their time: runs each rule over an in-memory corpus on one thread
 * (after a warm-up pass) and prints MB per CPU second per rule and for the corpus profile, slowest
 * first.
 * A diagnostic for the benchmark, not the benchmark. Usage: {@code RuleThroughput CORPUS.jsonl}.
 */
public final class RuleThroughput {
    /** CPU time of this thread: robust when other processes share the machine. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private RuleThroughput() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                texts.add(json.readTree(line).get("text").asText());
            }
        }
        double mb = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum() / 1048576.0;
        List<Rule> rules = RuleRegistry.customRules(RuleResources.builtIn());
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            CorpusProfiler profiler = new CorpusProfiler();
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                Document d = Document.of("doc-" + i, texts.get(i));
                documents.add(d);
                profiler.add(d);
            }
            CorpusProfile profile = profiler.build();
            seconds.put("(corpus profile)", (CPU.getCurrentThreadCpuTime() - t0) / 1e9);
            long t1 = CPU.getCurrentThreadCpuTime();
            for (Document d : documents) {
                d.sentences();
                d.paragraphs();
            }
            seconds.put("(sentences, paragraphs)", (CPU.getCurrentThreadCpuTime() - t1) / 1e9);
            RuleContext context = new RuleContext(EnglishVariant.US, profile);
            for (Rule rule : rules) {
                long start = CPU.getCurrentThreadCpuTime();
                for (Document d : documents) {
                    rule.check(d, context, m -> { });
                }
                seconds.put(rule.metadata().id(), (CPU.getCurrentThreadCpuTime() - start) / 1e9);
            }
        }
        double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, "%.1f MB, %d documents; all of it: %.2f s, %.1f MB/s%n", mb, texts.size(), total, mb / total);
        seconds.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(e ->
                System.out.printf(Locale.ROOT, "  %8.3f s  %8.1f MB/s  %s%n", e.getValue(), mb / e.getValue(), e.getKey()));
    }
}
