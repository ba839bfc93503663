package dev.mtqa.report.html;

import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Which documents keep a page of their own when a run has more of them than the report should
 * hold: the worst ones in the index's order ({@link FileRow#WORST_FIRST}), at most {@code capacity}.
 *
 * <p>Results arrive one at a time and which are the worst is known only at the end, so a page is
 * kept while its document is among the worst seen so far and given up again once {@code capacity}
 * worse ones have come. The folder never holds more than {@code capacity} pages of the run, and the
 * pages kept in all stay a small multiple of it: in a corpus in no particular order, the
 * {@code n}-th document is among the worst {@code capacity} seen so far with chance
 * {@code capacity / n}, so about {@code capacity × (1 + ln(documents / capacity))} pages are kept
 * (some 12,600 for 400,000 documents and a budget of 2,000, instead of 400,000). A kept page is
 * held in memory and written at the end ({@link HeldPages}), so most of those are never written.
 */
final class PageBudget {
    /** No limit: every document gets its page. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    private final int capacity;
    /** The documents that have a page, the least bad first (the next to lose its page). */
    private final PriorityQueue<FileRow> kept = new PriorityQueue<>(FileRow.WORST_FIRST.reversed());
    private final Set<String> pages = new HashSet<>();
    private long withoutPage;
    private long lost;

    PageBudget(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a page budget cannot be negative: " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Whether the document of {@code row} is, so far, among the worst and should keep a page; if
     * not, it is counted as a document without a page.
     */
    boolean wants(FileRow row) {
        boolean wanted = kept.size() < capacity || capacity > 0 && FileRow.WORST_FIRST.compare(row, kept.peek()) < 0;
        if (!wanted) {
            withoutPage++;
        }
        return wanted;
    }

    /**
     * Keeps the page of {@code row}. Returns the row whose page no longer fits and is to be given
     * up (forgotten, or removed if it was written already), or null.
     */
    FileRow keep(FileRow row) {
        kept.add(row);
        pages.add(row.page());
        if (kept.size() <= capacity) {
            return null;
        }
        FileRow out = kept.poll();
        pages.remove(out.page());
        withoutPage++;
        return out;
    }

    /**
     * Takes back the page of {@code row}, kept but then not written (it could not be): the index
     * lists its document without a link.
     */
    void lost(FileRow row) {
        if (kept.remove(row)) {
            pages.remove(row.page());
            lost++;
        }
    }

    /** Whether {@code page} is still part of the report. */
    boolean has(String page) {
        return pages.contains(page);
    }

    /** Documents that have no page because of the budget: left out, or given up for worse ones. */
    long withoutPage() {
        return withoutPage;
    }

    /** Documents that have no page because it could not be written ({@link #lost}). */
    long lost() {
        return lost;
    }

    /** The documents that have a page: the budget, unless there were fewer, or pages were {@link #lost}. */
    int kept() {
        return kept.size();
    }

    int capacity() {
        return capacity;
    }
}
