package dev.mtqa.report.html;

import dev.mtqa.finding.Finding;
import dev.mtqa.text.TextIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a text and its findings into a flat run of pieces a template can print: text, the start
 * of a highlight and its end, properly nested whatever the findings' spans. Each finding opens
 * exactly one highlight ({@code data-finding}); where two findings cross ([0, 10) and [5, 15)),
 * the one that goes on past the other's end is closed and reopened as a continuation, which is
 * coloured the same but is not counted as a second highlight. An empty span (an insertion
 * point) is an empty highlight. Offsets are code points; spans past the end are clamped.
 */
final class Highlighter {

    /** One piece of the highlighted text, in order. */
    sealed interface Piece permits Text, Open, Close {
        /** "text", "open" or "close", for templates. */
        String kind();
    }

    /** Text to print, escaped, as it is. */
    record Text(String text) implements Piece {
        @Override
        public String kind() {
            return "text";
        }
    }

    /**
     * The start of a highlight of finding {@code number} (1-based, the finding's position in the
     * file's list); {@code continuation} when this is a later part of a highlight already opened.
     */
    record Open(int number, boolean continuation) implements Piece {
        @Override
        public String kind() {
            return "open";
        }
    }

    /** The end of the innermost open highlight. */
    record Close() implements Piece {
        @Override
        public String kind() {
            return "close";
        }
    }

    private static final Close CLOSE = new Close();

    private record Span(int number, int start, int end) {
    }

    private Highlighter() {
    }

    static List<Piece> pieces(String text, List<Finding> findings) {
        TextIndex index = new TextIndex(text);
        int length = index.codePointLength();
        List<Span> spans = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            int start = Math.max(0, Math.min(f.start(), length));
            int end = Math.max(start, Math.min(f.end(), length));
            spans.add(new Span(i + 1, index.toCharIndex(start), index.toCharIndex(end)));
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
                .thenComparingInt(Span::number));

        List<Piece> out = new ArrayList<>(spans.size() * 3 + 1);
        List<Span> open = new ArrayList<>();
        int cursor = 0;
        int next = 0;
        while (next < spans.size() || !open.isEmpty()) {
            int at = boundary(spans, next, open);
            if (at > cursor) {
                out.add(new Text(DisplayText.visible(text.substring(cursor, at))));
                cursor = at;
            }
            List<Span> reopen = closeEndingAt(at, open, out);
            while (next < spans.size() && spans.get(next).start() == at && spans.get(next).end() == at) {
                out.add(new Open(spans.get(next).number(), false));
                out.add(CLOSE);
                next++;
            }
            List<Span> opening = new ArrayList<>(reopen);
            while (next < spans.size() && spans.get(next).start() == at) {
                opening.add(spans.get(next++));
            }
            // Longer spans outside, so that fewer have to be split later.
            opening.sort(Comparator.comparing(Span::end, Comparator.reverseOrder()));
            for (Span s : opening) {
                out.add(new Open(s.number(), reopen.contains(s)));
                open.add(s);
            }
        }
        if (cursor < text.length()) {
            out.add(new Text(DisplayText.visible(text.substring(cursor))));
        }
        return out;
    }

    /** The next place where a highlight starts or ends. */
    private static int boundary(List<Span> spans, int next, List<Span> open) {
        int at = Integer.MAX_VALUE;
        if (next < spans.size()) {
            at = spans.get(next).start();
        }
        for (Span s : open) {
            at = Math.min(at, s.end());
        }
        return at;
    }

    /**
     * Closes the open highlights that end at {@code at}; those opened after one of them and still
     * going on are closed too and returned, to be reopened as continuations.
     */
    private static List<Span> closeEndingAt(int at, List<Span> open, List<Piece> out) {
        int outermost = -1;
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).end() == at) {
                outermost = i;
                break;
            }
        }
        if (outermost < 0) {
            return List.of();
        }
        List<Span> reopen = new ArrayList<>();
        for (int i = open.size() - 1; i >= outermost; i--) {
            Span s = open.remove(i);
            out.add(CLOSE);
            if (s.end() != at) {
                reopen.add(s);
            }
        }
        return reopen;
    }
}
