package dev.mtqa.engine;

import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.text.Position;
import dev.mtqa.text.TextIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a rule's {@link Match} (UTF-16 indices) into a public {@link Finding} (code point offsets,
 * line and column, flagged text), filling in the rule's metadata where the match does not
 * override it. Spans are clamped to the text and widened so they never split a surrogate pair.
 */
final class FindingFactory {
    private FindingFactory() {
    }

    static Finding create(Document document, RuleMetadata rule, Match match) {
        TextIndex index = document.index();
        String text = document.text();
        int start = alignStart(text, Math.min(match.start(), text.length()));
        int end = alignEnd(text, Math.max(start, Math.min(match.end(), text.length())));
        Position from = index.position(start);
        Position to = index.position(end);
        List<Fix> fixes = new ArrayList<>(match.edits().size());
        for (Edit edit : match.edits()) {
            int editStart = alignStart(text, Math.min(edit.start(), text.length()));
            int editEnd = alignEnd(text, Math.max(editStart, Math.min(edit.end(), text.length())));
            fixes.add(new Fix(index.toCodePoint(editStart), index.toCodePoint(editEnd), edit.replacement(), edit.safe()));
        }
        return new Finding(
                match.ruleId() != null ? match.ruleId() : rule.id(),
                match.category() != null ? match.category() : rule.category(),
                match.severity() != null ? match.severity() : rule.severity(),
                index.toCodePoint(start), index.toCodePoint(end),
                from.line(), from.column(), to.line(), to.column(),
                text.substring(start, end), match.message(), fixes, null);
    }

    private static int alignStart(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1)) ? i - 1 : i;
    }

    private static int alignEnd(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
                && Character.isHighSurrogate(text.charAt(i - 1)) ? i + 1 : i;
    }
}
