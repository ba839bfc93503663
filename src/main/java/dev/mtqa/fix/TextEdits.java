package dev.mtqa.fix;

import dev.mtqa.text.TextIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies non-overlapping edits (code point offsets) to a text, touching nothing outside their
 * spans but for one thing: deletions must not leave paragraphs further apart than before. When a
 * deletion leaves a blank line directly before another line break (the lines of one paragraph
 * deleted by several rules), that line break goes too; when deletions empty the end of the text
 * and leave it ending in a blank line, the blank line goes.
 */
final class TextEdits {
    /** Where an edit sits in the new text, in code points. */
    record Landed(PlannedEdit edit, int newStart, int newEnd) {
    }

    record Result(String text, List<Landed> landed) {
    }

    private TextEdits() {
    }

    /** @param edits sorted by start, pairwise non-conflicting */
    static Result apply(String text, List<PlannedEdit> edits) {
        TextIndex index = new TextIndex(text);
        StringBuilder out = new StringBuilder(text.length());
        List<Landed> landed = new ArrayList<>(edits.size());
        int copied = 0;
        for (PlannedEdit e : edits) {
            int from = Math.max(copied, index.toCharIndex(e.fix().start()));
            int to = Math.max(from, index.toCharIndex(e.fix().end()));
            out.append(text, copied, from);
            int start = out.codePointCount(0, out.length());
            out.append(e.fix().replacement());
            copied = to;
            if (e.fix().replacement().isEmpty() && from < to && endsWithBlankLine(out)) {
                copied += lineBreakAt(text, copied);
            }
            landed.add(new Landed(e, start, out.codePointCount(0, out.length())));
        }
        out.append(text, copied, text.length());
        boolean deletedTheEnd = !edits.isEmpty() && copied == text.length()
                && edits.get(edits.size() - 1).fix().replacement().isEmpty();
        while (deletedTheEnd && endsWithBlankLine(out)) {
            out.setLength(out.length() - (out.charAt(out.length() - 1) == '\n' && out.length() > 1
                    && out.charAt(out.length() - 2) == '\r' ? 2 : 1));
        }
        return new Result(out.toString(), landed);
    }

    /** True when the text so far ends with an empty line: two line breaks in a row. */
    private static boolean endsWithBlankLine(StringBuilder out) {
        int n = out.length();
        if (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') {
            return true;
        }
        if (n >= 4 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\r' && out.charAt(n - 3) == '\n'
                && out.charAt(n - 4) == '\r') {
            return true;
        }
        return n >= 2 && out.charAt(n - 1) == '\r' && out.charAt(n - 2) == '\r';
    }

    /** Length of the line break at {@code at} (2 for CRLF, 1 for LF or CR), or 0 if there is none. */
    private static int lineBreakAt(String text, int at) {
        if (at >= text.length()) {
            return 0;
        }
        if (text.charAt(at) == '\r') {
            return at + 1 < text.length() && text.charAt(at + 1) == '\n' ? 2 : 1;
        }
        return text.charAt(at) == '\n' ? 1 : 0;
    }
}
