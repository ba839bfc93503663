package dev.mtqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mtqa.Mtqa;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;
import dev.mtqa.input.Document;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Measures the ENCODING rules' repairs against python-ftfy's test cases (a JSON list of
 * {@code {label, original, fixed, fixed-encoding?}}): runs every ENCODING rule on each
 * {@code original}, applies their safe fixes from the end of the text backwards (skipping a fix
 * that overlaps one already applied), and compares the result with {@code fixed-encoding} where
 * present, else {@code fixed} (ftfy's defaults also straighten curly quotes, which is not
 * encoding repair). A case whose expected text equals its original is a negative: it must come
 * through untouched.
 *
 * <p>Not a test: the data is not part of the repository. Run it with {@code bench/eval-ftfy.sh
 * [DIR-OR-FILES…]}; a directory means its {@code ftfy-*.json} files.
 */
public final class FtfyEvaluation {
    private FtfyEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            out.println("usage: FtfyEvaluation DIR-OR-JSON-FILE...");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(p -> p.getFileName().toString().matches("ftfy-.*\\.json")).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        Mtqa mtqa = Mtqa.builder().grammar(false).build();
        ObjectMapper json = new ObjectMapper();
        Tally all = new Tally();
        Map<String, Integer> touchesByRule = new TreeMap<>();
        for (Path file : files) {
            Tally tally = new Tally();
            for (JsonNode c : json.readTree(file.toFile())) {
                String original = c.get("original").asText();
                String expected = c.has("fixed-encoding") ? c.get("fixed-encoding").asText() : c.get("fixed").asText();
                FileResult result = mtqa.check(Document.of("case.txt", original));
                List<Finding> findings = result.findings().stream()
                        .filter(f -> f.category() == Category.ENCODING).toList();
                TreeSet<String> applied = new TreeSet<>();
                String output = applySafeFixes(original, findings, applied);
                String verdict = tally.add(original, expected, output);
                all.add(original, expected, output);
                if (verdict.equals("touched")) {
                    applied.forEach(rule -> touchesByRule.merge(rule, 1, Integer::sum));
                }
                if (!verdict.equals("repaired") && !verdict.equals("untouched")) {
                    out.printf("  %-9s %s%n            original: %s%n            expected: %s%n            output:   %s%n"
                                    + "            by:       %s%n", verdict, c.get("label").asText(), show(original),
                            show(expected), show(output), applied.isEmpty() ? "-" : String.join(", ", applied));
                }
            }
            out.println(file.getFileName() + ": " + tally);
        }
        out.println("all: " + all);
        if (!touchesByRule.isEmpty()) {
            out.println("negatives touched, by rule: " + touchesByRule);
        }
    }

    /** Applies each finding's first safe fix, from the end backwards, skipping overlaps. */
    static String applySafeFixes(String text, List<Finding> findings, TreeSet<String> appliedRules) {
        record Applicable(Fix fix, String rule) {
        }
        List<Applicable> fixes = new ArrayList<>();
        for (Finding f : findings) {
            f.fixes().stream().filter(Fix::safe).findFirst().ifPresent(fix -> fixes.add(new Applicable(fix, f.rule())));
        }
        fixes.sort(Comparator.comparingInt((Applicable a) -> a.fix.start()).thenComparingInt(a -> a.fix.end()).reversed());
        StringBuilder b = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Applicable a : fixes) {
            Fix fix = a.fix;
            if (fix.end() > limit) {
                continue; // overlaps a fix already applied
            }
            int start = text.offsetByCodePoints(0, fix.start());
            int end = text.offsetByCodePoints(0, fix.end());
            b.replace(start, end, fix.replacement());
            limit = fix.start();
            appliedRules.add(a.rule);
        }
        return b.toString();
    }

    /** Escapes invisible and control characters so the report shows them. */
    private static String show(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp >= 0x7F && cp <= 0xA0 || cp == 0xAD || cp >= 0x200B && cp <= 0x200F || cp == 0xFEFF) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static final class Tally {
        int cases;
        int positives;
        int repaired;
        int wrong;
        int missed;
        int negatives;
        int untouched;
        int touched;

        String add(String original, String expected, String output) {
            cases++;
            if (expected.equals(original)) {
                negatives++;
                if (output.equals(original)) {
                    untouched++;
                    return "untouched";
                }
                touched++;
                return "touched";
            }
            positives++;
            if (output.equals(expected)) {
                repaired++;
                return "repaired";
            }
            if (output.equals(original)) {
                missed++;
                return "missed";
            }
            wrong++;
            return "wrong";
        }

        @Override
        public String toString() {
            return String.format("cases %d; to repair %d: repaired exactly %d, changed wrongly %d, left unchanged %d; "
                    + "negatives %d: untouched %d, touched %d", cases, positives, repaired, wrong, missed, negatives,
                    untouched, touched);
        }
    }
}
