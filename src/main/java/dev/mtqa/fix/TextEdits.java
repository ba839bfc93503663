package dev.mtqa.fix;

import dev.mtqa.text.TextIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies non-overlapping edits (code point offsets) to a text, touching nothing outside their
 * spans, and remembers where each edit landed so positions in the result can be traced back.
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
        int newCodePoints = 0;
        int consumedCodePoints = 0;
        for (PlannedEdit e : edits) {
            int from = index.toCharIndex(e.fix().start());
            int to = index.toCharIndex(e.fix().end());
            out.append(text, copied, from);
            newCodePoints += e.fix().start() - consumedCodePoints;
            int start = newCodePoints;
            out.append(e.fix().replacement());
            newCodePoints += e.fix().replacement().codePointCount(0, e.fix().replacement().length());
            landed.add(new Landed(e, start, newCodePoints));
            copied = to;
            consumedCodePoints = e.fix().end();
        }
        out.append(text, copied, text.length());
        return new Result(out.toString(), landed);
    }
}
