package dev.mtqa.report.html;

import dev.mtqa.engine.OrderedParallelRunner;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;

import java.util.ArrayList;
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
    /**
     * About this much of documents' text and findings is held at most: 64 MB, or a sixteenth of
     * the heap if that is less.
     */
    static final long MAX_BYTES = Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 16);
    /** What a finding's objects cost held, besides its strings' characters. */
    static final int FINDING_BYTES = 160;
    /** What a fix's object costs held, besides its replacement's characters. */
    static final int FIX_BYTES = 40;

    /**
     * A page the budget wants, not yet written, and what holding it costs, on the safe side: two
     * bytes a character of the text and of each finding's strings (a whole flagged paragraph is a
     * copy of its own), and the objects.
     */
    record Page(FileRow row, FileResult result, Map<SpellingCensus.Spelling, Integer> spellings, long bytes) {
        Page(FileRow row, FileResult result, Map<SpellingCensus.Spelling, Integer> spellings) {
            this(row, result, spellings, bytesOf(result));
        }

        private static long bytesOf(FileResult result) {
            String text = result.text();
            long bytes = text == null ? 0 : 2L * text.length();
            for (Finding f : result.findings()) {
                bytes += FINDING_BYTES + 2L * (f.text().length() + f.message().length() + f.fingerprint().length());
                for (Fix fix : f.fixes()) {
                    bytes += FIX_BYTES + 2L * fix.replacement().length();
                }
            }
            return bytes;
        }
    }

    /** Writes one page, on any thread; returns null, or what kept the page from being written. */
    @FunctionalInterface
    interface Writer {
        String write(Page page);
    }

    private final Writer writer;
    private final long maxBytes;
    private final int threads;
    /** By page name, the longest-held first. */
    private final Map<String, Page> held = new LinkedHashMap<>();
    private long bytes;

    /**
     * @param writer   writes a page and tells what kept it from being written, if anything; a page
     *                 it cannot write goes, with the problem, to the {@code lost} callback of
     *                 {@link #hold} and {@link #writeAll}
     * @param maxBytes how much to hold at most ({@link #MAX_BYTES}; smaller in tests)
     * @param threads  how many pages {@link #writeAll} writes at a time (the run's worker count)
     */
    HeldPages(Writer writer, long maxBytes, int threads) {
        this.writer = writer;
        this.maxBytes = maxBytes;
        this.threads = Math.max(1, threads);
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

    /** How many pages are held, to be written by {@link #writeAll}. */
    int size() {
        return held.size();
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
     * pages came. The pages are written side by side, as many at a time as the run had workers:
     * this is the run's last step, the workers are done, and each page is a file of its own.
     */
    void writeAll(BiConsumer<FileRow, String> lost) {
        List<Page> pages = List.copyOf(held.values());
        held.clear();
        bytes = 0;
        List<String> problems = new ArrayList<>(pages.size());
        new OrderedParallelRunner(threads).run(pages.iterator(), writer::write, problems::add);
        for (int i = 0; i < pages.size(); i++) {
            if (problems.get(i) != null) {
                lost.accept(pages.get(i).row(), problems.get(i));
            }
        }
    }
}
