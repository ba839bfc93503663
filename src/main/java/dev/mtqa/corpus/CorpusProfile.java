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
 * <p>Memory is bounded whatever the size of the corpus (see {@link CorpusProfiler}): counts are
 * exact up to a few million distinct lines and names, and lower bounds beyond, with the largest
 * possible shortfall in {@link #approximation()}. Immutable once built; read by all worker threads.
 */
public final class CorpusProfile {
    private static final CorpusProfile EMPTY = new CorpusProfile(0, 0, new BoundedCounts(1), new BoundedCounts(1),
            new BoundedCounts(1), Map.of());

    private final int documents;
    private final long characters;
    private final BoundedCounts documentsPerLine;
    /** The tags of the lines in {@code documentsPerLine}: most lines are turned away by theirs. */
    private final LineTags repeatedLineTags;
    private final BoundedCounts nameOccurrences;
    private final BoundedCounts documentsPerName;
    private final Map<EnglishVariant, Integer> documentsPerVariant;

    CorpusProfile(int documents, long characters, BoundedCounts documentsPerLine, BoundedCounts nameOccurrences,
                  BoundedCounts documentsPerName, Map<EnglishVariant, Integer> documentsPerVariant) {
        this.documents = documents;
        this.characters = characters;
        this.documentsPerLine = documentsPerLine;
        this.repeatedLineTags = new LineTags(documentsPerLine);
        this.nameOccurrences = nameOccurrences;
        this.documentsPerName = documentsPerName;
        this.documentsPerVariant = Map.copyOf(documentsPerVariant);
    }

    /** A profile that knows nothing. */
    public static CorpusProfile empty() {
        return EMPTY;
    }

    /** How many documents the corpus has. */
    public int documents() {
        return documents;
    }

    /** How many characters (UTF-16 units) of text the corpus has. */
    public long characters() {
        return characters;
    }

    /**
     * In how many documents a line equal to {@code line} (see {@link LineKey}) occurs, when two or
     * more hold it; 0 for a line of one document or of none (the profile keeps only what repeats).
     */
    public int documentsWithLine(CharSequence line) {
        String s = line.toString();
        return documentsWithLine(s, 0, s.length());
    }

    /** {@link #documentsWithLine(CharSequence)} of the line {@code text[from, to)}, without copying it. */
    public int documentsWithLine(String text, int from, int to) {
        int tag = LineKey.tag(text, from, to);
        if (!repeatedLineTags.mayContain(tag)) {
            return 0;
        }
        return documentsPerLine.get(LineKey.hash(text, from, to, tag));
    }

    /**
     * How often {@code word} occurs capitalised and not at the start of a sentence, over the whole
     * corpus, when twice or more (else 0): the evidence that it is a proper name.
     */
    public int nameOccurrences(String word) {
        return nameOccurrences.get(WordKey.hash(word));
    }

    /** In how many documents the capitalised word {@code word} occurs, anywhere, when two or more (else 0). */
    public int documentsWithName(String word) {
        return documentsPerName.get(WordKey.hash(word));
    }

    /** The English variant most documents are written in, if any document's spelling tells. */
    public Optional<EnglishVariant> dominantVariant() {
        int us = documentsIn(EnglishVariant.US);
        int gb = documentsIn(EnglishVariant.GB);
        if (us == gb) {
            return Optional.empty();
        }
        return Optional.of(gb > us ? EnglishVariant.GB : EnglishVariant.US);
    }

    /** How many documents' spelling says they are written in {@code variant}. */
    public int documentsIn(EnglishVariant variant) {
        return documentsPerVariant.getOrDefault(variant, 0);
    }

    /** The most any count of this profile may fall short of the truth; 0 when every count is exact. */
    public long approximation() {
        return Math.max(documentsPerLine.error(), Math.max(nameOccurrences.error(), documentsPerName.error()));
    }
}
