package dev.mtqa.corpus;

import dev.mtqa.EnglishVariant;
import dev.mtqa.input.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the first pass counts, with names and without. */
class CorpusProfilerTest {
    private static final List<String> CORPUS = List.of(
            "Talks resume in Kyiv\n\nMinister Olena Kovalenko said the colour of the flag was chosen.\n\nMost Popular",
            "Grain exports rise\n\nKovalenko met Shevchenko in Odesa on Monday.\n\nMost Popular",
            "Power restored\n\nThe honour went to Kovalenko, officials said.\n\nmost  popular");

    private static CorpusProfile profile(CorpusProfiler profiler) {
        for (int i = 0; i < CORPUS.size(); i++) {
            profiler.add(Document.of("doc-" + i, CORPUS.get(i)));
        }
        return profiler.build();
    }

    @Test
    void linesNamesAndVariantsAreCounted() {
        CorpusProfile profile = profile(new CorpusProfiler());
        assertThat(profile.documents()).isEqualTo(3);
        assertThat(profile.documentsWithLine("Most Popular")).isEqualTo(3);
        // A line of one document: the profile keeps only what repeats.
        assertThat(profile.documentsWithLine("Power restored")).isZero();
        // Not counted where it begins a sentence ("Kovalenko met Shevchenko"), as any word may be capitalised there.
        assertThat(profile.nameOccurrences("Kovalenko")).isEqualTo(2);
        assertThat(profile.documentsWithName("Kovalenko")).isEqualTo(3);
        assertThat(profile.nameOccurrences("Minister")).isZero();
        assertThat(profile.dominantVariant()).contains(EnglishVariant.GB);
    }

    @Test
    void withoutNamesTheRestIsCountedAlike() {
        CorpusProfile all = profile(new CorpusProfiler());
        CorpusProfile noNames = profile(new CorpusProfiler(false));
        assertThat(noNames.documents()).isEqualTo(all.documents());
        assertThat(noNames.characters()).isEqualTo(all.characters());
        for (String text : CORPUS) {
            for (String line : text.split("\n")) {
                assertThat(noNames.documentsWithLine(line)).as(line).isEqualTo(all.documentsWithLine(line));
            }
        }
        assertThat(noNames.documentsIn(EnglishVariant.GB)).isEqualTo(all.documentsIn(EnglishVariant.GB));
        assertThat(noNames.documentsIn(EnglishVariant.US)).isEqualTo(all.documentsIn(EnglishVariant.US));
        assertThat(noNames.nameOccurrences("Kovalenko")).isZero();
        assertThat(noNames.documentsWithName("Kovalenko")).isZero();
    }

    /**
     * Lines counted in several documents are found, whatever their spacing and case, and all others
     * answer 0, with few repeated lines and with many (the tag set is sized by their number), and
     * with lines that share their ends with a repeated line (and so its tag).
     */
    @Test
    void everyLineIsCountedInTheDocumentsThatHoldIt() {
        java.util.Random random = new java.util.Random(11);
        for (int poolSize : new int[] {3, 40, 3_000}) {
            List<String> pool = new java.util.ArrayList<>();
            for (int i = 0; i < poolSize; i++) {
                // Every line begins and ends alike; only the middle number tells them apart.
                pool.add("Officials said on day " + i + " that talks resume");
            }
            List<String> documents = new java.util.ArrayList<>();
            CorpusProfiler profiler = new CorpusProfiler(false);
            for (int d = 0; d < 2 * poolSize + 5; d++) {
                StringBuilder text = new StringBuilder();
                for (int l = 0; l < 4; l++) {
                    String line = pool.get(random.nextInt(pool.size()));
                    text.append(random.nextBoolean() ? line : "  " + line.toUpperCase().replace(" ", " \u00a0")).append('\n');
                }
                documents.add(text.toString());
                profiler.add(Document.of("doc-" + d, text.toString()));
            }
            CorpusProfile profile = profiler.build();
            for (String line : pool) {
                String key = line.toLowerCase(java.util.Locale.ROOT);
                long holding = documents.stream()
                        .filter(t -> t.lines().anyMatch(l -> l.toLowerCase(java.util.Locale.ROOT)
                                .replace("\u00a0", "").replaceAll(" +", " ").strip().equals(key)))
                        .count();
                assertThat(profile.documentsWithLine(line)).as(line).isEqualTo(holding >= 2 ? (int) holding : 0);
                assertThat(profile.documentsWithLine(line.replace("talks", "talk"))).isZero();
            }
        }
    }
}
