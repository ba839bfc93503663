package dev.mtqa.rule;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.text.Span;

import java.util.List;

/**
 * What a rule found, in the rule's own terms: UTF-16 indices into the document's text, a message
 * and suggested edits. The engine adds line/column, code point offsets and the rule's metadata.
 *
 * <p>{@code ruleId}, {@code category} and {@code severity} are null unless the match overrides the
 * rule's metadata, as the LanguageTool adapter does for each LanguageTool rule.
 */
public record Match(int start, int end, String message, List<Edit> edits,
                    String ruleId, Category category, Severity severity) {

    public Match {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad match span [" + start + ", " + end + ")");
        }
        edits = List.copyOf(edits);
    }

    public static Match of(int start, int end, String message, Edit... edits) {
        return new Match(start, end, message, List.of(edits), null, null, null);
    }

    public static Match of(Span span, String message, Edit... edits) {
        return of(span.start(), span.end(), message, edits);
    }

    /** The same match, reported under another rule id, category and severity. */
    public Match as(String newRuleId, Category newCategory, Severity newSeverity) {
        return new Match(start, end, message, edits, newRuleId, newCategory, newSeverity);
    }

    public Match withSeverity(Severity newSeverity) {
        return new Match(start, end, message, edits, ruleId, category, newSeverity);
    }
}
