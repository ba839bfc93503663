package dev.mtqa.report;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Severity;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts over a whole run, accumulated one file at a time so nothing else has to be kept. */
public final class Summary {
    private int checked;
    private int skipped;
    private int failed;
    private int findings;
    private long characters;
    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    private final Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
    private final Map<String, Integer> byRule = new TreeMap<>();

    public void add(FileResult result) {
        switch (result.status()) {
            case CHECKED -> checked++;
            case SKIPPED -> skipped++;
            case FAILED -> failed++;
        }
        if (result.text() != null) {
            characters += result.text().length();
        }
        for (Finding f : result.findings()) {
            findings++;
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byCategory.merge(f.category(), 1, Integer::sum);
            byRule.merge(f.rule(), 1, Integer::sum);
        }
    }

    /** Inputs that were checked. */
    public int checked() {
        return checked;
    }

    /** Inputs that were readable but not checked (binary, too large). */
    public int skipped() {
        return skipped;
    }

    /** Inputs that could not be read at all. */
    public int failed() {
        return failed;
    }

    public int findings() {
        return findings;
    }

    /** UTF-16 characters of checked text. */
    public long characters() {
        return characters;
    }

    public Map<Severity, Integer> bySeverity() {
        return bySeverity;
    }

    public Map<Category, Integer> byCategory() {
        return byCategory;
    }

    public Map<String, Integer> byRule() {
        return byRule;
    }

    /** Number of findings at or above {@code threshold}. */
    public int atLeast(Severity threshold) {
        int n = 0;
        for (Map.Entry<Severity, Integer> e : bySeverity.entrySet()) {
            if (e.getKey().isAtLeast(threshold)) {
                n += e.getValue();
            }
        }
        return n;
    }
}
