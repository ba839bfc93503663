package dev.mtqa.report.html;

import dev.mtqa.config.HouseStyle;
import dev.mtqa.config.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How many documents of the run use each spelling of each house-style name ("Kyiv: 12 documents,
 * Kiev: 3"), with a few of them to look at. Grows with the house style, not with the corpus.
 */
final class SpellingTally {
    static final int EXAMPLES = 12;

    /** Documents using one spelling. */
    record Use(String spelling, boolean preferred, int documents, List<Link> examples, int more) {
    }

    /** One name: its preferred spelling and every spelling in use. */
    record TermUse(String preferred, List<Use> spellings, int offStyleDocuments) {
    }

    private static final class Counter {
        int documents;
        final WorstExamples examples = new WorstExamples(EXAMPLES);
    }

    private final List<Term> terms;
    private final Map<Term, Map<String, Counter>> counts = new LinkedHashMap<>();

    SpellingTally(HouseStyle houseStyle) {
        this.terms = houseStyle.terms();
    }

    /**
     * Adds one document's spellings; {@code row} and {@code document} are null for one that is not
     * listed (a clean record), which is counted but not an example. The examples of a spelling are
     * its worst documents ({@link WorstExamples}).
     */
    void add(Map<SpellingCensus.Spelling, Integer> found, FileRow row, Link document) {
        for (SpellingCensus.Spelling s : found.keySet()) {
            Counter c = counts.computeIfAbsent(s.term(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(s.spelling(), x -> new Counter());
            c.documents++;
            if (document != null) {
                c.examples.offer(row, document);
            }
        }
    }

    /**
     * Names in use, those spelled against the house style first (most documents first), each example
     * as {@code shown} makes it (the report drops links to pages it no longer has).
     */
    List<TermUse> inUse(UnaryOperator<Link> shown) {
        List<TermUse> out = new ArrayList<>();
        for (Term term : terms) {
            Map<String, Counter> bySpelling = counts.get(term);
            if (bySpelling == null) {
                continue;
            }
            List<Use> uses = new ArrayList<>();
            int offStyle = 0;
            List<String> order = new ArrayList<>();
            order.add(term.preferred());
            order.addAll(term.variants());
            for (String spelling : order) {
                Counter c = bySpelling.get(spelling);
                if (c == null) {
                    continue;
                }
                boolean preferred = spelling.equals(term.preferred());
                if (!preferred) {
                    offStyle += c.documents;
                }
                uses.add(new Use(spelling, preferred, c.documents, c.examples.links().stream().map(shown).toList(),
                        c.documents - c.examples.size()));
            }
            out.add(new TermUse(term.preferred(), uses, offStyle));
        }
        out.sort(Comparator.comparingInt((TermUse t) -> -t.offStyleDocuments()));
        return out;
    }
}
