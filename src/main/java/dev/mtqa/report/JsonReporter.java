package dev.mtqa.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mtqa.GrammarMode;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;
import dev.mtqa.finding.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The JSON report of design.md, streamed: one object with {@code version}, {@code tool},
 * {@code files} (written as each input finishes) and {@code summary}. Every checked, skipped or
 * unreadable input has an entry; {@code status} and {@code reason} say which.
 */
public final class JsonReporter implements Reporter {
    public static final int FORMAT_VERSION = 1;

    private final JsonGenerator json;
    private final String toolVersion;
    /** How much of LanguageTool ran; null to leave it out. */
    private final GrammarMode grammar;

    public JsonReporter(OutputStream out, String toolVersion) {
        this(out, toolVersion, null);
    }

    /**
     * @param grammar how much of LanguageTool ran, written as {@code tool.grammar} (findings of runs
     *                in different modes differ, so a consumer comparing runs needs it); null to omit
     */
    public JsonReporter(OutputStream out, String toolVersion, GrammarMode grammar) {
        this.toolVersion = toolVersion;
        this.grammar = grammar;
        try {
            this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void begin() {
        write(() -> {
            json.writeStartObject();
            json.writeNumberField("version", FORMAT_VERSION);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "mtqa");
            json.writeStringField("version", toolVersion);
            if (grammar != null) {
                json.writeStringField("grammar", grammar.toString());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("files");
        });
    }

    @Override
    public void file(FileResult result) {
        write(() -> {
            json.writeStartObject();
            json.writeStringField("path", result.path());
            json.writeStringField("record", result.record());
            json.writeStringField("status", result.status().name().toLowerCase(java.util.Locale.ROOT));
            if (result.reason() != null) {
                json.writeStringField("reason", result.reason());
            }
            if (result.charset() != null) {
                json.writeStringField("charset", result.charset());
            }
            if (!result.metadata().isEmpty()) {
                json.writeObjectFieldStart("metadata");
                for (var field : result.metadata().entrySet()) {
                    json.writeStringField(field.getKey(), field.getValue());
                }
                json.writeEndObject();
            }
            json.writeArrayFieldStart("findings");
            for (Finding f : result.findings()) {
                writeFinding(f);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void writeFinding(Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", f.rule());
        json.writeStringField("category", f.category().name());
        json.writeStringField("severity", f.severity().id());
        json.writeNumberField("start", f.start());
        json.writeNumberField("end", f.end());
        json.writeNumberField("line", f.line());
        json.writeNumberField("column", f.column());
        json.writeNumberField("endLine", f.endLine());
        json.writeNumberField("endColumn", f.endColumn());
        json.writeStringField("text", f.text());
        json.writeStringField("message", f.message());
        json.writeArrayFieldStart("suggestions");
        for (Fix fix : f.fixes()) {
            json.writeStartObject();
            json.writeStringField("replacement", fix.replacement());
            json.writeBooleanField("safe", fix.safe());
            json.writeNumberField("start", fix.start());
            json.writeNumberField("end", fix.end());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("fingerprint", f.fingerprint());
        json.writeEndObject();
    }

    @Override
    public void end(Summary summary, long elapsedMillis) {
        write(() -> {
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", summary.checked());
            json.writeNumberField("skipped", summary.skipped());
            json.writeNumberField("unreadable", summary.failed());
            json.writeNumberField("findings", summary.findings());
            json.writeObjectFieldStart("bySeverity");
            for (Severity s : Severity.values()) {
                json.writeNumberField(s.id(), summary.bySeverity().getOrDefault(s, 0));
            }
            json.writeEndObject();
            json.writeObjectFieldStart("byCategory");
            for (Category c : Category.values()) {
                json.writeNumberField(c.name(), summary.byCategory().getOrDefault(c, 0));
            }
            json.writeEndObject();
            json.writeObjectFieldStart("byRule");
            for (Map.Entry<String, Integer> e : summary.byRule().entrySet()) {
                json.writeNumberField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        });
    }

    private interface JsonWrite {
        void run() throws IOException;
    }

    private static void write(JsonWrite action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the JSON report", e);
        }
    }
}
