package dev.mtqa.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.RuleMetadata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * Rule documentation generated from the rules' own metadata, so docs, tests and code cannot drift
 * apart: {@code mtqa rules} prints it, and the README's rule table is this class's Markdown.
 */
public final class RuleDocs {
    private RuleDocs() {
    }

    /** One line per rule: id, category, severity, summary. */
    public static void text(List<RuleMetadata> rules, PrintWriter out) {
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
        for (RuleMetadata r : rules) {
            out.printf("%-" + width + "s  %-15s  %-7s  %s%n", r.id(), r.category(), r.severity().id(), r.summary());
        }
        out.flush();
    }

    /** A Markdown table of the rules, as in the README. */
    public static String markdown(List<RuleMetadata> rules) {
        StringBuilder sb = new StringBuilder();
        sb.append("| rule | category | severity | what it finds |\n");
        sb.append("|---|---|---|---|\n");
        for (RuleMetadata r : rules) {
            sb.append("| `").append(r.id()).append("` | ").append(r.category()).append(" | ")
                    .append(r.severity().id()).append(" | ").append(cell(r.summary())).append(" |\n");
        }
        return sb.toString();
    }

    /** Every field of every rule, examples included, as a JSON array. */
    public static void json(List<RuleMetadata> rules, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (RuleMetadata r : rules) {
                json.writeStartObject();
                json.writeStringField("id", r.id());
                json.writeStringField("category", r.category().name());
                json.writeStringField("severity", r.severity().id());
                json.writeStringField("summary", r.summary());
                json.writeStringField("explanation", r.explanation());
                json.writeArrayFieldStart("examples");
                for (Example e : r.examples()) {
                    json.writeStartObject();
                    json.writeStringField("text", e.text());
                    json.writeBooleanField("flagged", e.flagged());
                    if (e.fix() != null) {
                        json.writeStringField("fix", e.fix());
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeRaw('\n');
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
