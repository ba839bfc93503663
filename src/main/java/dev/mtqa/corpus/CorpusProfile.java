package dev.mtqa.corpus;

import java.util.Map;

/**
 * Facts about the whole corpus, gathered in a cheap first pass before any document is checked,
 * so that per-document rules can use cross-document evidence: a line repeated in forty files is
 * template boilerplate; a capitalised word used across the corpus is a name, not a typo.
 *
 * <p>Immutable once built; read by all worker threads.
 */
public final class CorpusProfile {
    private static final CorpusProfile EMPTY = new CorpusProfile(0, Map.of(), Map.of());

    private final int documents;
    private final Map<Long, Integer> documentsPerLine;
    private final Map<String, Integer> nameOccurrences;

    CorpusProfile(int documents, Map<Long, Integer> documentsPerLine, Map<String, Integer> nameOccurrences) {
        this.documents = documents;
        this.documentsPerLine = documentsPerLine;
        this.nameOccurrences = nameOccurrences;
    }

    /** A profile that knows nothing: what a single document checked on its own sees. */
    public static CorpusProfile empty() {
        return EMPTY;
    }

    /** How many documents the corpus has. */
    public int documents() {
        return documents;
    }

    /** In how many documents a line equal to {@code line} (see {@link LineKey}) occurs. */
    public int documentsWithLine(CharSequence line) {
        return documentsPerLine.getOrDefault(LineKey.hash(line), 0);
    }

    /**
     * How often {@code word} occurs capitalised and not at the start of a sentence, over the whole
     * corpus: the evidence that it is a proper name.
     */
    public int nameOccurrences(String word) {
        return nameOccurrences.getOrDefault(word, 0);
    }
}
