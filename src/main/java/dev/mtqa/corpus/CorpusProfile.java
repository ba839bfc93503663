package dev.mtqa.corpus;

import dev.mtqa.EnglishVariant;

import java.util.Map;
import java.util.Optional;

/**
 * Facts about the whole corpus, gathered in a cheap first pass before any document is checked,
 * so that per-document rules can use cross-document evidence: a line repeated in forty files is
 * template boilerplate; a capitalised word used across the corpus is a name, not a typo; most
 * documents spell "Kyiv", a few "Kiev".
 *
 * <p>Immutable once built; read by all worker threads.
 */
public final class CorpusProfile {
    private static final CorpusProfile EMPTY = new CorpusProfile(0, Map.of(), Map.of(), Map.of(), Map.of());

    private final int documents;
    private final Map<Long, Integer> documentsPerLine;
    private final Map<String, Integer> nameOccurrences;
    private final Map<String, Integer> documentsPerName;
    private final Map<EnglishVariant, Integer> documentsPerVariant;

    CorpusProfile(int documents, Map<Long, Integer> documentsPerLine, Map<String, Integer> nameOccurrences,
                  Map<String, Integer> documentsPerName, Map<EnglishVariant, Integer> documentsPerVariant) {
        this.documents = documents;
        this.documentsPerLine = documentsPerLine;
        this.nameOccurrences = nameOccurrences;
        this.documentsPerName = documentsPerName;
        this.documentsPerVariant = documentsPerVariant;
    }

    /** A profile that knows nothing. */
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

    /** In how many documents the capitalised word {@code word} occurs, anywhere (possessives count). */
    public int documentsWithName(String word) {
        return documentsPerName.getOrDefault(word, 0);
    }

    /** The English variant most documents are written in, if any document's spelling tells. */
    public Optional<EnglishVariant> dominantVariant() {
        int us = documentsPerVariant.getOrDefault(EnglishVariant.US, 0);
        int gb = documentsPerVariant.getOrDefault(EnglishVariant.GB, 0);
        if (us == gb) {
            return Optional.empty();
        }
        return Optional.of(gb > us ? EnglishVariant.GB : EnglishVariant.US);
    }

    /** How many documents' spelling says they are written in {@code variant}. */
    public int documentsIn(EnglishVariant variant) {
        return documentsPerVariant.getOrDefault(variant, 0);
    }
}
