package dev.mtqa.corpus;

import dev.mtqa.EnglishVariant;
import dev.mtqa.input.Document;
import dev.mtqa.text.EnglishVariantDetector;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link CorpusProfile} from documents, one at a time, from any number of threads.
 * Exact for now: memory grows with the number of distinct lines and names in the corpus.
 */
public final class CorpusProfiler {
    private int documents;
    private final Map<Long, Integer> documentsPerLine = new HashMap<>();
    private final Map<String, Integer> nameOccurrences = new HashMap<>();
    private final Map<String, Integer> documentsPerName = new HashMap<>();
    private final Map<EnglishVariant, Integer> documentsPerVariant = new EnumMap<>(EnglishVariant.class);

    /** Adds what {@code document} tells about the corpus. */
    public void add(Document document) {
        Set<Long> lines = distinctLines(document);
        Names.Found names = Names.in(document.text(), document.words());
        Optional<EnglishVariant> variant = EnglishVariantDetector.get().detect(document.words());
        synchronized (this) {
            documents++;
            for (Long line : lines) {
                documentsPerLine.merge(line, 1, Integer::sum);
            }
            names.nonInitial().forEach((name, count) -> nameOccurrences.merge(name, count, Integer::sum));
            for (String name : names.capitalised()) {
                documentsPerName.merge(name, 1, Integer::sum);
            }
            variant.ifPresent(v -> documentsPerVariant.merge(v, 1, Integer::sum));
        }
    }

    public synchronized CorpusProfile build() {
        return new CorpusProfile(documents, Map.copyOf(documentsPerLine), Map.copyOf(nameOccurrences),
                Map.copyOf(documentsPerName), new EnumMap<>(documentsPerVariant));
    }

    /** The profile of one document on its own. */
    public static CorpusProfile of(Document document) {
        CorpusProfiler profiler = new CorpusProfiler();
        profiler.add(document);
        return profiler.build();
    }

    private static Set<Long> distinctLines(Document document) {
        TextIndex index = document.index();
        String text = document.text();
        Set<Long> lines = new HashSet<>();
        for (int i = 0; i < index.lineCount(); i++) {
            Span line = index.line(i);
            CharSequence content = text.subSequence(line.start(), line.end());
            if (!LineKey.blank(content)) {
                lines.add(LineKey.hash(content));
            }
        }
        return lines;
    }
}
