package dev.mtqa.corpus;

import dev.mtqa.EnglishVariant;
import dev.mtqa.input.Document;
import dev.mtqa.text.EnglishVariantDetector;
import dev.mtqa.text.Words;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link CorpusProfile} from documents, one at a time, from any number of threads, in
 * bounded memory: line hashes and name hashes are counted in {@link BoundedCounts} tables of
 * fixed capacity (about 4 million lines and 1 million names each, some 100 MB at most), exact
 * below that and approximate above it, so that ten million documents fit as well as ten.
 */
public final class CorpusProfiler {
    static final int LINE_CAPACITY = 4_000_000;
    static final int NAME_CAPACITY = 1_000_000;

    private final boolean countNames;
    private int documents;
    private long characters;
    private final BoundedCounts documentsPerLine;
    private final BoundedCounts nameOccurrences;
    private final BoundedCounts documentsPerName;
    private final Map<EnglishVariant, Integer> documentsPerVariant = new EnumMap<>(EnglishVariant.class);

    public CorpusProfiler() {
        this(true);
    }

    /**
     * A profiler that counts capitalised words as names only when {@code countNames}: only the
     * grammar check's spelling rule reads them, and counting them was a sixth of a
     * {@code --no-grammar} run's first pass. Without, {@link CorpusProfile#nameOccurrences} and
     * {@link CorpusProfile#documentsWithName} answer 0.
     */
    public CorpusProfiler(boolean countNames) {
        this(LINE_CAPACITY, NAME_CAPACITY, countNames);
    }

    CorpusProfiler(int lineCapacity, int nameCapacity) {
        this(lineCapacity, nameCapacity, true);
    }

    private CorpusProfiler(int lineCapacity, int nameCapacity, boolean countNames) {
        this.countNames = countNames;
        documentsPerLine = new BoundedCounts(lineCapacity);
        nameOccurrences = new BoundedCounts(nameCapacity);
        documentsPerName = new BoundedCounts(nameCapacity);
    }

    /** Adds what {@code document} tells about the corpus. The work is done outside the lock. */
    public void add(Document document) {
        LongOpenHashSet lines = distinctLines(document);
        String text = document.text();
        Words words = document.words();
        // Sized for a news article's share of capitalised words (about one in six), so that the
        // sets are not rehashed again and again as they fill.
        int expected = countNames ? words.size() / 6 + 4 : 0;
        Long2IntOpenHashMap nonInitial = new Long2IntOpenHashMap(expected);
        LongOpenHashSet capitalised = new LongOpenHashSet(expected);
        if (countNames) {
            for (int w = 0; w < words.size(); w++) {
                if (words.capitalised(w) && words.end(w) - words.start(w) > 1) {
                    long key = WordKey.hash(text, words.start(w), words.end(w));
                    capitalised.add(key);
                    if (!Names.sentenceInitial(text, words.start(w))) {
                        nonInitial.addTo(key, 1);
                    }
                }
            }
        }
        Optional<EnglishVariant> variant = EnglishVariantDetector.get().detect(words);
        synchronized (this) {
            documents++;
            characters += text.length();
            lines.forEach(line -> documentsPerLine.add(line, 1));
            nonInitial.long2IntEntrySet().forEach(e -> nameOccurrences.add(e.getLongKey(), e.getIntValue()));
            capitalised.forEach(name -> documentsPerName.add(name, 1));
            variant.ifPresent(v -> documentsPerVariant.merge(v, 1, Integer::sum));
        }
    }

    /**
     * The profile of the documents added so far. It keeps only the lines and names counted twice
     * or more ({@link BoundedCounts#repeated}): the only ones any rule asks about.
     */
    public synchronized CorpusProfile build() {
        return new CorpusProfile(documents, characters, documentsPerLine.repeated(), nameOccurrences.repeated(),
                documentsPerName.repeated(), documentsPerVariant);
    }

    /** The profile of one document on its own. */
    public static CorpusProfile of(Document document) {
        CorpusProfiler profiler = new CorpusProfiler(1 << 16, 1 << 16);
        profiler.add(document);
        return profiler.build();
    }

    private static LongOpenHashSet distinctLines(Document document) {
        String text = document.text();
        // About one line in a hundred characters of news text, so the set is seldom rehashed.
        LongOpenHashSet lines = new LongOpenHashSet(text.length() / 100 + 8);
        LineKey.hashLines(text, lines::add);
        return lines;
    }
}
