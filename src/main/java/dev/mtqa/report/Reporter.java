package dev.mtqa.report;

import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.finding.FileResult;

/**
 * One output format. Results arrive one input at a time, in a stable order; a reporter that can
 * stream should write as they come, so memory does not grow with the corpus.
 */
public interface Reporter {

    default void begin() {
    }

    /** The profile of the whole corpus, once it is built and before the first result. */
    default void corpus(CorpusProfile profile) {
    }

    void file(FileResult result);

    /**
     * Does ahead of {@link #file} what this reporter can work out from one result alone, on the
     * worker thread that checked it: reporting runs on one thread, in input order, and what it does
     * for every document (counting words, reading every line) would otherwise keep the workers
     * waiting. Called from any thread, several at once, after {@link #corpus} and never after
     * {@link #end}; it must not change the reporter. It may read the result's text and source, but
     * not rely on its findings, only on this: the findings reported are some of those checked (a
     * baseline may leave out those it already knows), so a result checked without findings is
     * reported without. The answer reports the result with the findings it is then given. By
     * default nothing is done ahead.
     */
    default Prepared prepare(FileResult checked) {
        return this::file;
    }

    void end(Summary summary, long elapsedMillis);

    /** One result made ready for reporting by {@link #prepare}. */
    @FunctionalInterface
    interface Prepared {
        /** Reports the prepared result with {@code shown}'s findings: the same input, and some of its findings. */
        void file(FileResult shown);
    }
}
