package dev.mtqa.report.html;

import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.LineKey;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The lines most repeated across the corpus, for the report's corpus section: which lines (a
 * site's template, syndicated paragraphs) occur in more than one document, and in how many. The
 * corpus profile knows every line's count but not its text; this keeps the text and a few example
 * documents of the {@link #LIMIT} most repeated lines only, so memory stays bounded however large
 * the corpus.
 */
final class RepeatedLines {
    static final int LIMIT = 200;
    static final int EXAMPLES = 3;
    /** Lines are shown up to this many characters. */
    static final int MAX_SHOWN = 300;

    /** A repeated line: how it reads, in how many documents, and where to see it. */
    static final class Line {
        final long key;
        final String text;
        final int documents;
        final WorstExamples examples = new WorstExamples(EXAMPLES);
        final long order;

        Line(long key, String text, int documents, long order) {
            this.key = key;
            this.text = text;
            this.documents = documents;
            this.order = order;
        }
    }

    private final CorpusProfile profile;
    private final Map<Long, Line> lines = new HashMap<>();
    /** The least repeated kept line first, to be dropped when a more repeated one comes. */
    private final PriorityQueue<Line> weakest = new PriorityQueue<>(
            Comparator.comparingInt((Line l) -> l.documents).thenComparing(l -> -l.order));
    private long seen;

    RepeatedLines(CorpusProfile profile) {
        this.profile = profile;
    }

    /**
     * A line of one document that other documents hold too, as {@link #linesOf} finds it: its key,
     * where it is in its document's text, and in how many documents the profile counts it.
     */
    record Found(long key, String text, int start, int end, int documents) {
    }

    /**
     * The lines of {@code text} that the corpus has in more than one document, each once, in order.
     * Reads only the profile, so any thread may ask, while {@link #add} keeps the tally on one.
     */
    List<Found> linesOf(String text) {
        TextIndex index = new TextIndex(text);
        Set<Long> thisDocument = new HashSet<>();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < index.lineCount(); i++) {
            Span span = index.line(i);
            if (span.length() == 0) {
                continue;
            }
            // The profile turns most lines away from their ends alone; the rest are hashed again for
            // their key (lines with one key have one count, so asking first changes no answer).
            int documents = profile.documentsWithLine(text, span.start(), span.end());
            if (documents < 2) {
                continue;
            }
            CharSequence content = text.subSequence(span.start(), span.end());
            long key = LineKey.hash(content);
            if (thisDocument.add(key) && hasLetter(content)) {
                found.add(new Found(key, text, span.start(), span.end(), documents));
            }
        }
        return found;
    }

    /**
     * Notes the repeated lines of one document ({@link #linesOf}), listed as {@code row} and shown as
     * {@code link}; each line's examples are its worst documents ({@link WorstExamples}).
     */
    void add(List<Found> found, FileRow row, Link link) {
        for (Found f : found) {
            Line line = lines.get(f.key());
            if (line == null) {
                if (lines.size() >= LIMIT) {
                    Line weakestLine = weakest.peek();
                    if (weakestLine == null || weakestLine.documents >= f.documents()) {
                        continue;
                    }
                    weakest.poll();
                    lines.remove(weakestLine.key);
                }
                line = new Line(f.key(), shown(f.text().subSequence(f.start(), f.end())), f.documents(), seen++);
                lines.put(f.key(), line);
                weakest.add(line);
            }
            line.examples.offer(row, link);
        }
    }

    /** The kept lines, most repeated first, then in order of first appearance. */
    List<Line> mostRepeated() {
        List<Line> all = new ArrayList<>(lines.values());
        all.sort(Comparator.comparingInt((Line l) -> -l.documents).thenComparingLong(l -> l.order));
        return all;
    }

    private static boolean hasLetter(CharSequence s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    private static String shown(CharSequence content) {
        String s = content.toString().strip();
        if (s.length() > MAX_SHOWN) {
            int cut = MAX_SHOWN;
            if (Character.isHighSurrogate(s.charAt(cut - 1))) {
                cut--;
            }
            s = s.substring(0, cut) + "\u2026";
        }
        return DisplayText.visible(s);
    }
}
