package dev.mtqa.rule.typography;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;

import java.util.List;

/**
 * Spaces or tabs at the end of a line (also a line of nothing but spaces). Invisible, but they
 * break diffs, line-based deduplication and alignment. A trailing run that contains a no-break
 * space (U+00A0, U+2007, U+202F) is left to the ENCODING rules, which report stray no-break spaces,
 * so that one spot is not reported twice. Deleting the run cannot change meaning: the fix is safe.
 */
public final class TrailingWhitespaceRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("TYPOGRAPHY_TRAILING_WHITESPACE", Category.TYPOGRAPHY,
            Severity.INFO,
            "Spaces or tabs at the end of a line",
            "The line ends in spaces or tabs. They are invisible but break diffs, deduplication of lines and "
                    + "comparisons; the fix deletes them.",
            List.of(
                    Example.flags("The talks ended on Friday.<marker>  </marker>\nNobody was surprised.", ""),
                    Example.flags("The talks ended on Friday.<marker>\t</marker>", ""),
                    Example.accepts("The talks ended on Friday.\nNobody was surprised.\n"),
                    Example.accepts("A trailing no-break space is for the encoding rules.\u00A0\nNext line."),
                    Example.accepts("And a no-break space before a space, too.\u00A0 \nNext line.")));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        TextIndex index = document.index();
        for (int line = 0; line < index.lineCount(); line++) {
            Span span = index.line(line);
            int start = span.end();
            boolean noBreak = false;
            while (start > span.start()) {
                char c = text.charAt(start - 1);
                if (isNoBreakSpace(c)) {
                    noBreak = true;
                } else if (!isTrailingSpace(c)) {
                    break;
                }
                start--;
            }
            if (start < span.end() && !noBreak) {
                Span run = new Span(start, span.end());
                out.add(Match.of(run, "Whitespace at the end of the line.", Edit.delete(run, Edit.SAFE)));
            }
        }
    }

    private static boolean isNoBreakSpace(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Spaces and tabs; other control characters are the ENCODING rules' business. */
    private static boolean isTrailingSpace(char c) {
        return c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
