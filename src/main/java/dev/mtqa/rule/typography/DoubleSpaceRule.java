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

import java.util.ArrayList;
import java.util.List;

/**
 * Two or more spaces (U+0020) between two words or marks on one line: left by deleted words,
 * joined segments or the two-spaces-after-a-full-stop habit. Leading indentation and trailing
 * spaces are not this rule's business (trailing ones are {@link TrailingWhitespaceRule}'s), nor are
 * runs that contain a tab or a no-break space (ENCODING reports stray no-break spaces). A line with
 * two or more runs of three or more spaces is taken to be laid out in columns and left alone.
 * Collapsing the run to one space cannot change meaning: the fix is safe.
 */
public final class DoubleSpaceRule implements Rule {
    private static final RuleMetadata METADATA = new RuleMetadata("TYPOGRAPHY_DOUBLE_SPACE", Category.TYPOGRAPHY,
            Severity.INFO,
            "Two or more spaces between words",
            "Several spaces stand where one belongs, usually where a word was deleted or two segments were joined. "
                    + "Check nothing is missing there; the fix collapses them to one space.",
            List.of(
                    Example.flags("Foreign Minister Sergei Lavrov<marker>  </marker>- in Moscow.", " "),
                    Example.flags("The talks ended.<marker>   </marker>Nobody was surprised.", " "),
                    Example.accepts("  Indented line with single spaces."),
                    Example.accepts("A line with trailing spaces.   \nNext line."),
                    Example.accepts("Team      Won   Lost\nArsenal   10    2"),
                    Example.accepts("A no-break space\u00A0 next to a space is for the encoding rules.")));

    /** A run this long, twice on one line, means columns. */
    private static final int COLUMN_RUN = 3;

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        TextIndex index = document.index();
        List<Span> runs = new ArrayList<>();
        // Only a line with two spaces in a row can have a run to report; String.indexOf finds the
        // next such line far faster than the character loop below would walk to it.
        for (int pair = text.indexOf("  "); pair >= 0; ) {
            int line = index.lineOf(pair);
            Span span = index.line(line);
            pair = span.end() < text.length() ? text.indexOf("  ", span.end()) : -1;
            runs.clear();
            int longRuns = 0;
            int i = span.start();
            // Skip the indentation.
            while (i < span.end() && isSpace(text.charAt(i))) {
                i++;
            }
            while (i < span.end()) {
                if (text.charAt(i) != ' ') {
                    i++;
                    continue;
                }
                int end = i;
                while (end < span.end() && text.charAt(end) == ' ') {
                    end++;
                }
                if (end - i >= 2 && end < span.end() && !isSpace(text.charAt(end)) && !isSpace(text.charAt(i - 1))) {
                    runs.add(new Span(i, end));
                    // Only runs between words count: trailing spaces must not change the verdict.
                    if (end - i >= COLUMN_RUN) {
                        longRuns++;
                    }
                }
                i = end;
            }
            if (longRuns >= 2) {
                continue;
            }
            for (Span run : runs) {
                out.add(Match.of(run, run.length() + " spaces in a row; one is enough.", Edit.replace(run, " ", Edit.SAFE)));
            }
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
