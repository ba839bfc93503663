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

    void end(Summary summary, long elapsedMillis);
}
