package dev.mtqa.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A few documents to show as examples of something (a spelling, a repeated line): the worst ones
 * in the index's order ({@link FileRow#WORST_FIRST}), at most {@code limit}. The worst are also
 * the documents that keep a page when the report has a page budget ({@link PageBudget}), so the
 * examples are the ones a reader can open; without a budget they are simply the most telling.
 */
final class WorstExamples {
    private record Example(FileRow row, Link link) {
    }

    private final int limit;
    /** Worst first. */
    private final List<Example> kept = new ArrayList<>();

    WorstExamples(int limit) {
        this.limit = limit;
    }

    /** Offers the document of {@code row}, shown as {@code link}. */
    void offer(FileRow row, Link link) {
        int at = kept.size();
        while (at > 0 && FileRow.WORST_FIRST.compare(row, kept.get(at - 1).row()) < 0) {
            at--;
        }
        if (at < limit) {
            kept.add(at, new Example(row, link));
            if (kept.size() > limit) {
                kept.remove(limit);
            }
        }
    }

    /** The examples, worst first. */
    List<Link> links() {
        return kept.stream().map(Example::link).toList();
    }

    int size() {
        return kept.size();
    }
}
