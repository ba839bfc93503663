package dev.mtqa.finding;

import java.util.List;

/**
 * One problem found in one document. Offsets count Unicode code points from the start of the
 * document's decoded text, end exclusive; lines and columns are 1-based, columns in code points,
 * {@code endColumn} exclusive.
 *
 * @param rule        the id of the rule that found it (for LanguageTool, LanguageTool's rule id)
 * @param text        the flagged text, exactly {@code text[start:end]}
 * @param fixes       suggestions, best first; may be empty
 * @param fingerprint stable id for baselines: survives edits elsewhere in the document
 */
public record Finding(
        String rule,
        Category category,
        Severity severity,
        int start,
        int end,
        int line,
        int column,
        int endLine,
        int endColumn,
        String text,
        String message,
        List<Fix> fixes,
        String fingerprint) {

    public Finding {
        fixes = List.copyOf(fixes);
    }

    public Finding withFingerprint(String newFingerprint) {
        return new Finding(rule, category, severity, start, end, line, column, endLine, endColumn,
                text, message, fixes, newFingerprint);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, category, newSeverity, start, end, line, column, endLine, endColumn,
                text, message, fixes, fingerprint);
    }
}
