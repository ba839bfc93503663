package dev.mtqa.report;

import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Severity;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Compiler-style lines, one per finding, as editors and CI logs understand them:
 * {@code path:line:column: severity: message [RULE]}, then a one-line summary. Colour only when
 * asked (on a terminal).
 */
public final class TextReporter implements Reporter {
    private final PrintWriter out;
    private final boolean colour;

    public TextReporter(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    @Override
    public void file(FileResult result) {
        String name = oneLine(result.displayName());
        for (Finding f : result.findings()) {
            out.println(name + ":" + f.line() + ":" + f.column() + ": "
                    + severity(f.severity()) + ": " + oneLine(f.message()) + " [" + f.rule() + "]");
        }
        out.flush();
    }

    @Override
    public void end(Summary summary, long elapsedMillis) {
        out.println(summaryLine(summary, elapsedMillis));
        out.flush();
    }

    /** "5 documents checked, 34 findings (0 errors, 34 warnings, 0 info) in 13.4 s", and what was skipped or unreadable. */
    public static String summaryLine(Summary summary, long elapsedMillis) {
        StringBuilder line = new StringBuilder();
        // Documents, not files: a JSONL file holds many, each counted.
        line.append(plural(summary.checked(), "document")).append(" checked, ")
                .append(plural(summary.findings(), "finding"));
        if (summary.findings() > 0) {
            line.append(" (")
                    .append(plural(summary.bySeverity().getOrDefault(Severity.ERROR, 0), "error")).append(", ")
                    .append(plural(summary.bySeverity().getOrDefault(Severity.WARNING, 0), "warning")).append(", ")
                    .append(summary.bySeverity().getOrDefault(Severity.INFO, 0)).append(" info)");
        }
        if (summary.skipped() > 0) {
            line.append(", ").append(summary.skipped()).append(" skipped");
        }
        if (summary.failed() > 0) {
            line.append(", ").append(summary.failed()).append(" unreadable");
        }
        line.append(String.format(Locale.ROOT, " in %.1f s", elapsedMillis / 1000.0));
        return line.toString();
    }

    private String severity(Severity severity) {
        if (!colour) {
            return severity.id();
        }
        String code = switch (severity) {
            case ERROR -> "\u001b[31;1m";
            case WARNING -> "\u001b[33;1m";
            case INFO -> "\u001b[36m";
        };
        return code + severity.id() + "\u001b[0m";
    }

    /** Messages and paths come from untrusted text: keep each finding on one line, without control characters. */
    public static String oneLine(String message) {
        StringBuilder sb = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (Character.getType(c) == Character.CONTROL) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
