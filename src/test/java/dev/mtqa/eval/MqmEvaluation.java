package dev.mtqa.eval;

import dev.mtqa.GrammarMode;
import dev.mtqa.Mtqa;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.input.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures mtqa on MQM-annotated machine translations (the WMT21 TED zh-en test suite): how often
 * it reports something on segments every rater called error-free (false alarms), and how often it
 * flags the span of an annotated error, per MQM category (recall). Not a test: the data is not in
 * the repository. Run with {@code bench/eval-mqm.sh PATH/mqm_ted_zhen.tsv [RULE_ID]}; with a rule id,
 * it also prints that rule's findings on error-free segments. {@code -Dmtqa.grammar=fast} (or {@code off})
 * measures another {@link GrammarMode}.
 */
public final class MqmEvaluation {
    private record Annotation(String category, int start, int end) {
    }

    private static final class Segment {
        final String text;
        final List<Annotation> annotations = new ArrayList<>();

        Segment(String text) {
            this.text = text;
        }

        boolean clean() {
            return annotations.stream().allMatch(a -> a.category.equals("No-error"));
        }
    }

    private MqmEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Segment> segments = read(Path.of(args[0]));
        GrammarMode mode = GrammarMode.parse(System.getProperty("mtqa.grammar", "full"));
        Mtqa mtqa = Mtqa.builder().grammar(mode).build();
        CorpusProfiler profiler = new CorpusProfiler();
        Map<String, Document> documents = new LinkedHashMap<>();
        segments.forEach((key, segment) -> {
            Document document = Document.of(key, segment.text);
            documents.put(key, document);
            profiler.add(document);
        });
        CorpusProfile profile = profiler.build();

        int clean = 0;
        int cleanFlagged = 0;
        Map<String, Integer> falseAlarmsByRule = new TreeMap<>();
        Map<String, int[]> recallByCategory = new TreeMap<>();
        Map<String, Integer> hitsByRule = new TreeMap<>();
        for (Map.Entry<String, Segment> e : segments.entrySet()) {
            Segment segment = e.getValue();
            FileResult result = mtqa.check(documents.get(e.getKey()), profile);
            if (segment.clean()) {
                clean++;
                if (!result.findings().isEmpty()) {
                    cleanFlagged++;
                }
                result.findings().forEach(f -> falseAlarmsByRule.merge(f.rule(), 1, Integer::sum));
                if (args.length > 1) {
                    result.findings().stream().filter(f -> f.rule().equals(args[1])).forEach(f ->
                            System.out.println("false alarm: [" + f.text() + "] " + f.message() + " | " + segment.text));
                }
                continue;
            }
            for (Annotation a : segment.annotations) {
                if (a.category.equals("No-error") || a.start < 0) {
                    continue;
                }
                int[] counts = recallByCategory.computeIfAbsent(a.category, k -> new int[2]);
                counts[0]++;
                Finding hit = result.findings().stream()
                        .filter(f -> f.start() < Math.max(a.end, a.start + 1) && a.start < Math.max(f.end(), f.start() + 1))
                        .findFirst().orElse(null);
                if (hit != null) {
                    counts[1]++;
                    hitsByRule.merge(a.category + " <- " + hit.rule(), 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "segments: %d, error-free by every rater: %d%n", segments.size(), clean);
        System.out.printf(Locale.ROOT, "false alarms: %d of %d error-free segments (%.1f%%) have a finding%n",
                cleanFlagged, clean, 100.0 * cleanFlagged / Math.max(1, clean));
        System.out.println("findings on error-free segments, by rule:");
        falseAlarmsByRule.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(30).forEach(r -> System.out.printf(Locale.ROOT, "  %5d  %s%n", r.getValue(), r.getKey()));
        System.out.println("annotated error spans that a finding overlaps, by MQM category:");
        recallByCategory.forEach((category, c) -> System.out.printf(Locale.ROOT, "  %5d / %5d  (%5.1f%%)  %s%n",
                c[1], c[0], 100.0 * c[1] / c[0], category));
        System.out.println("which rules made the hits (top 30):");
        hitsByRule.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(30).forEach(r -> System.out.printf(Locale.ROOT, "  %5d  %s%n", r.getValue(), r.getKey()));
    }

    /** One segment per system, document and segment id; every rater's annotations pooled. */
    private static Map<String, Segment> read(Path tsv) throws IOException {
        Map<String, Segment> segments = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length < 9) {
                continue;
            }
            String marked = f[6];
            String text = marked.replace("<v>", "").replace("</v>", "");
            String key = f[0] + "/" + f[2] + "/" + f[3];
            Segment segment = segments.computeIfAbsent(key, k -> new Segment(text));
            int open = marked.indexOf("<v>");
            int close = marked.indexOf("</v>");
            int start = open >= 0 && close > open ? text.codePointCount(0, open) : -1;
            int end = open >= 0 && close > open ? text.codePointCount(0, close - 3) : -1;
            segment.annotations.add(new Annotation(f[7], start, end));
        }
        return segments;
    }
}
