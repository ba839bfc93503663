package dev.mtqa.rule.boilerplate;

import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;

/**
 * The edits that remove boilerplate without leaving holes: a whole line with its line break, a
 * sentence with the space that joined it to its neighbour, a credit with the dash that joined it
 * to a caption.
 *
 * <p>Deleting a line that stood alone as a paragraph (a blank line or the start of the text
 * before it, a blank line or the end of the text after it) also deletes one adjacent blank line,
 * so the paragraphs around it stay separated by exactly one blank line; never more than one.
 * The blank line taken is the one before the line, except at the start of the text, where it is
 * the one after. Taking the one before means that neighbouring chrome paragraphs ("Most Popular",
 * blank, "To Top") are removed by edits that do not overlap.
 */
public final class LineDeletion {
    private LineDeletion() {
    }

    /** The visible text of 0-based line {@code line}: without its break and surrounding whitespace. */
    public static Span visible(Document document, int line) {
        return document.analysis(VisibleLines.class, VisibleLines::of).spans()[line];
    }

    /**
     * The visible span of every line of a document, found once: eight boilerplate rules walk every
     * line, and trimming each line eight times over was a visible part of a corpus run.
     */
    private record VisibleLines(Span[] spans) {
        static VisibleLines of(Document document) {
            TextIndex index = document.index();
            Span[] spans = new Span[index.lineCount()];
            for (int line = 0; line < spans.length; line++) {
                spans[line] = Lines.trim(document.text(), index.line(line));
            }
            return new VisibleLines(spans);
        }
    }

    /** Deletes 0-based line {@code line}, its break and, if it was a paragraph of its own, one blank line. */
    public static Edit deleteLine(Document document, int line, boolean safe) {
        TextIndex index = document.index();
        String text = document.text();
        int count = index.lineCount();
        Span own = index.lineWithBreak(line);
        boolean atStart = line == 0;
        boolean prevBlank = line > 0 && Lines.isBlank(text, index.line(line - 1));
        // A text that ends with a line break has an empty last "line": that is the end of the text.
        boolean atEnd = line + 1 == count || (line + 2 == count && index.line(line + 1).length() == 0);
        boolean nextBlank = !atEnd && line + 1 < count && Lines.isBlank(text, index.line(line + 1));
        boolean alone = (atStart || prevBlank) && (atEnd || nextBlank);
        if (alone && prevBlank) {
            return new Edit(index.lineWithBreak(line - 1).start(), own.end(), "", safe);
        }
        if (alone && atStart && nextBlank) {
            return new Edit(own.start(), index.lineWithBreak(line + 1).end(), "", safe);
        }
        return new Edit(own.start(), own.end(), "", safe);
    }

    /**
     * Deletes 0-based line {@code line}, one of the lines {@code first..last} that all go and
     * together form a paragraph or part of one. When they are a whole paragraph, one adjacent blank
     * line goes with them, taken by the first line's edit (the blank line before) or, at the start
     * of the text, by the last line's (the blank line after); so the edits never overlap.
     */
    public static Edit deleteLineOfBlock(Document document, int line, int first, int last, boolean safe) {
        if (first == last) {
            return deleteLine(document, line, safe);
        }
        TextIndex index = document.index();
        String text = document.text();
        int count = index.lineCount();
        boolean atStart = first == 0;
        boolean prevBlank = first > 0 && Lines.isBlank(text, index.line(first - 1));
        boolean atEnd = last + 1 == count || (last + 2 == count && index.line(last + 1).length() == 0);
        boolean nextBlank = !atEnd && last + 1 < count && Lines.isBlank(text, index.line(last + 1));
        boolean alone = (atStart || prevBlank) && (atEnd || nextBlank);
        Span own = index.lineWithBreak(line);
        if (alone && prevBlank && line == first) {
            return new Edit(index.lineWithBreak(first - 1).start(), own.end(), "", safe);
        }
        if (alone && atStart && nextBlank && line == last) {
            return new Edit(own.start(), index.lineWithBreak(last + 1).end(), "", safe);
        }
        return new Edit(own.start(), own.end(), "", safe);
    }

    /**
     * Deletes {@code part}, a piece of one line (a sentence, a credit), with the whitespace that
     * joins it to the rest of the line: the whitespace after it, or, at the end of the line, the
     * whitespace and separator ({@code - – — |}) before it. If nothing else is on the line, the
     * whole line goes as in {@link #deleteLine}.
     */
    public static Edit deletePart(Document document, Span part, boolean safe) {
        String text = document.text();
        int line = document.index().lineOf(part.start());
        Span visible = visible(document, line);
        if (part.start() <= visible.start() && part.end() >= visible.end()) {
            return deleteLine(document, line, safe);
        }
        if (part.end() < visible.end()) {
            int end = part.end();
            while (end < visible.end() && Lines.isSpace(text.charAt(end))) {
                end++;
            }
            return new Edit(part.start(), end, "", safe);
        }
        int start = part.start();
        while (start > visible.start() && (Lines.isSpace(text.charAt(start - 1)) || isSeparator(text.charAt(start - 1)))) {
            start--;
        }
        return new Edit(start, visible.end(), "", safe);
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '|';
    }
}
