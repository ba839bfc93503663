package dev.mtqa.rule.boilerplate;

import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.text.Span;

/**
 * A boilerplate rule that judges each line on its own: a line whose visible text (at most
 * {@link #maxLength()} characters) {@link #matches} is flagged, and its fix deletes the line.
 */
abstract class WholeLineRule implements Rule {

    /** Longer lines are never this kind of boilerplate, and are not looked at. */
    abstract int maxLength();

    /** Whether the visible text of a line is this kind of boilerplate. */
    abstract boolean matches(String line);

    /** What the finding says. */
    abstract String message();

    @Override
    public final void check(Document document, RuleContext context, MatchSink out) {
        String text = document.text();
        for (int line = 0; line < document.index().lineCount(); line++) {
            Span visible = LineDeletion.visible(document, line);
            if (visible.length() == 0 || visible.length() > maxLength()) {
                continue;
            }
            if (matches(visible.of(text))) {
                out.add(Match.of(visible, message(), LineDeletion.deleteLine(document, line, Edit.SAFE)));
            }
        }
    }
}
