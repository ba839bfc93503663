package dev.mtqa.report.html;

import dev.mtqa.finding.FileResult;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The pages {@link PageBudget} wants, held back in memory instead of written at once, and written
 * when the run ends. Most documents that are among the worst so far are pushed out again by worse
 * ones before the end (in a corpus in no particular order, about
 * {@code capacity × ln(documents / capacity)} of them: 3,600 of the 4,600 pages a 100 MB corpus
 * wrote), and a page never written costs nothing to forget, where each written one had cost its
 * rendering, a file and later its removal, all on the one thread that writes the report.
 *
 * <p>Memory stays bounded: the documents held (their text and findings) are counted, and past
 * {@link #MAX_BYTES} the longest-held pages are written at once, as they were before.
 */
final class HeldPages {
    /** About this much of documents' text and findings is held at most. */
    static final long MAX_BYTES = 64L << 20;
    /**
     * What a finding costs held, on the safe side: its object, its message, flagged text and
     * fingerprint strings, and its fixes.
     */
    static final int FINDING_BYTES = 512;

    /** A page the budget wants, not yet written. */
    record Page(FileRow row, FileResult result, Map<SpellingCensus.Spelling, Integer> spellings) {
        long bytes() {
            String text = result.text();
            return (text == null ? 0 : 2L * text.length()) + (long) FINDING_BYTES * result.findings().size();
        }
    }

    /** Writes one page, on any thread; returns null, or what kept the page from being written. */
    @FunctionalInterface
    interface Writer {
        String write(Page page);
    }

    private final Writer writer;
    private final long maxBytes;
    /** By page name, the longest-held first. */
    private final Map<String, Page> held = new LinkedHashMap<>();
    private long bytes;

    /**
     * @param writer   writes a page and tells what kept it from being written, if anything; a page
     *                 it cannot write goes, with the problem, to the {@code lost} callback of
     *                 {@link #hold} and {@link #writeAll}
     * @param maxBytes how much to hold at most ({@link #MAX_BYTES}; smaller in tests)
     */
    HeldPages(Writer writer, long maxBytes) {
        this.writer = writer;
        this.maxBytes = maxBytes;
    }

    /**
     * Holds {@code page} until {@link #writeAll}, writing the longest-held pages now while the held
     * ones take more than the limit; each page that cannot be written goes, with the problem, to
     * {@code lost}.
     */
    void hold(Page page, BiConsumer<FileRow, String> lost) {
        held.put(page.row().page(), page);
        bytes += page.bytes();
        Iterator<Page> oldest = held.values().iterator();
        while (bytes > maxBytes && oldest.hasNext()) {
            Page written = oldest.next();
            oldest.remove();
            bytes -= written.bytes();
            String problem = writer.write(written);
            if (problem != null) {
                lost.accept(written.row(), problem);
            }
        }
    }

    /** Forgets the page {@code name} if it is held; false if it is not (it may be written already). */
    boolean forget(String name) {
        Page page = held.remove(name);
        if (page == null) {
            return false;
        }
        bytes -= page.bytes();
        return true;
    }

    /**
     * Writes every held page; each that cannot be written goes to {@code lost}, in the order the
     * pages came. The pages are written side by side: this is the run's last step, the workers are
     * done, and each page is a file of its own.
     */
    void writeAll(BiConsumer<FileRow, String> lost) {
        List<Page> pages = List.copyOf(held.values());
        List<String> problems = pages.parallelStream().map(writer::write).toList();
        for (int i = 0; i < pages.size(); i++) {
            if (problems.get(i) != null) {
                lost.accept(pages.get(i).row(), problems.get(i));
            }
        }
        held.clear();
        bytes = 0;
    }
}
