package dev.mtqa.report.html;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;
import dev.mtqa.finding.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Hand-made findings and results for report tests: spans in code points, lines and columns not checked. */
final class Findings {
    private Findings() {
    }

    static Finding finding(String rule, Category category, Severity severity, String text, int start, int end,
                           String message, Fix... fixes) {
        String flagged = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        return new Finding(rule, category, severity, start, end, 1, start + 1, 1, end + 1, flagged, message,
                Arrays.asList(fixes), rule + ":" + start);
    }

    static Fix fix(int start, int end, String replacement, boolean safe) {
        return new Fix(start, end, replacement, safe);
    }

    static FileResult checked(String path, String text, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::rule));
        return new FileResult(path, null, FileResult.Status.CHECKED, null, text, "UTF-8", sorted, List.of());
    }
}
