package dev.mtqa.report;

import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Severity;

import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands, one per finding, which GitHub shows as annotations on the
 * pull request's files: {@code ::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message}
 * (errors as {@code ::error}, info as {@code ::notice}). Values are escaped as the Actions toolkit
 * does, so a finding's text cannot end the command or start another; control characters become
 * visible escapes. Paths are relative to the working folder, which in a workflow is the checkout.
 */
public final class GithubReporter implements Reporter {
    private final PrintWriter out;
    private final ArtifactPaths paths;

    public GithubReporter(PrintWriter out, ArtifactPaths paths) {
        this.out = out;
        this.paths = paths;
    }

    @Override
    public void file(FileResult result) {
        String file = paths.path(result.path());
        for (Finding f : result.findings()) {
            StringBuilder line = new StringBuilder("::").append(command(f.severity())).append(' ');
            line.append("file=").append(property(file));
            String message = f.message();
            if (result.record() == null) {
                line.append(",line=").append(f.line()).append(",col=").append(f.column())
                        .append(",endLine=").append(f.endLine()).append(",endColumn=").append(f.endColumn());
            } else {
                message = "[record " + result.record() + ", line " + f.line() + ", column " + f.column() + "] " + message;
            }
            line.append(",title=").append(property(f.rule()));
            line.append("::").append(data(message));
            out.println(line);
        }
        if (result.status() == FileResult.Status.FAILED) {
            out.println("::error file=" + property(file) + ",title=unreadable::" + data("could not read: " + result.reason()));
        }
        out.flush();
    }

    @Override
    public void end(Summary summary, long elapsedMillis) {
        out.println(TextReporter.summaryLine(summary, elapsedMillis));
        out.flush();
    }

    static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The message part: {@code %}, CR and LF escaped (as @actions/core's escapeData), other controls made visible. */
    static String data(String value) {
        return visible(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** A property value: as {@link #data}, and {@code :} and {@code ,} too (as escapeProperty). */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }

    private static String visible(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (c == '\t') {
                sb.append(' ');
            } else if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
