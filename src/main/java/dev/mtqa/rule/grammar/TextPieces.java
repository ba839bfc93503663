package dev.mtqa.rule.grammar;

import dev.mtqa.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a very long document into pieces for LanguageTool, which analyses the whole of a text it
 * is given before checking any of it and keeps every sentence's analysis (over 100 bytes of heap
 * a character): a scraped page of a few megabytes, a book, a site flattened into one file, would
 * otherwise take gigabytes and end a corpus run with an out-of-memory error.
 *
 * <p>A text of at most {@code limit} characters is one piece, so an article is checked exactly as
 * before. A longer one is cut, each piece as long as it can be within the limit, after the last
 * paragraph break (a blank line) in it; failing that after the last line break, then the last
 * whitespace; failing all, at the limit (never between the two halves of a surrogate pair).
 * LanguageTool then sees each piece as a text of its own: what it reads across a whole text (a
 * word spelled two ways, say) it reads within a piece.
 */
final class TextPieces {
    private TextPieces() {
    }

    /** The pieces of {@code text}, in order, together exactly the text; each at most {@code limit} long. */
    static List<Span> of(String text, int limit) {
        if (limit < 2) {
            throw new IllegalArgumentException("a piece must be allowed two characters at least: " + limit);
        }
        List<Span> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > limit) {
            int end = cut(text, start, start + limit);
            pieces.add(new Span(start, end));
            start = end;
        }
        pieces.add(new Span(start, text.length()));
        return pieces;
    }

    /** Where to end the piece from {@code start} that may reach {@code max}: after {@code start}, at most {@code max}. */
    private static int cut(String text, int start, int max) {
        int lineBreak = -1;
        int space = -1;
        for (int i = max - 1; i > start; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                // After the whole break: a "\r\n" is not cut in two.
                int after = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                if (after > max) {
                    continue;
                }
                if (endsBlankLine(text, start, i)) {
                    return after;
                }
                if (lineBreak < 0) {
                    lineBreak = after;
                }
            } else if (space < 0 && Character.isWhitespace(c)) {
                space = i + 1;
            }
        }
        if (lineBreak > 0) {
            return lineBreak;
        }
        if (space > 0) {
            return space;
        }
        return Character.isLowSurrogate(text.charAt(max)) && Character.isHighSurrogate(text.charAt(max - 1))
                ? max - 1 : max;
    }

    /**
     * Whether the line break at {@code i} ends a blank line: back to the line break before it (not
     * the {@code \r} of the same {@code \r\n}), after {@code start}, there is only whitespace.
     */
    private static boolean endsBlankLine(String text, int start, int i) {
        int j = i - 1;
        if (text.charAt(i) == '\n' && j > start && text.charAt(j) == '\r') {
            j--;
        }
        for (; j > start; j--) {
            char c = text.charAt(j);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }
}
