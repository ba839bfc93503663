package dev.mtqa.report.html;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the index keeps of one checked input: its name, page, size and counts. Small, because the
 * index holds one per input of a run that may have hundreds of thousands.
 *
 * @param order      position in the run, to keep ties in input order
 * @param byCategory findings per category, in {@link Category} order
 */
record FileRow(long order, String name, String page, int words, int errors, int warnings, int infos, int[] byCategory) {

    /** Most errors first, then most warnings, then most info, then input order. */
    static final Comparator<FileRow> WORST_FIRST = Comparator
            .comparingInt((FileRow r) -> -r.errors)
            .thenComparingInt(r -> -r.warnings)
            .thenComparingInt(r -> -r.infos)
            .thenComparingLong(FileRow::order);

    static FileRow of(long order, FileResult result, String page, int words) {
        int[] byCategory = new int[Category.values().length];
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (Finding f : result.findings()) {
            byCategory[f.category().ordinal()]++;
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
        }
        return new FileRow(order, result.displayName(), page, words, errors, warnings, infos, byCategory);
    }

    /** The same row with another page (null: none). */
    FileRow withPage(String newPage) {
        return new FileRow(order, name, newPage, words, errors, warnings, infos, byCategory);
    }

    int findings() {
        return errors + warnings + infos;
    }

    /** Findings per 1,000 words; 0 for a text without words. */
    double rate() {
        return words == 0 ? 0 : findings() * 1000.0 / words;
    }

    /**
     * The row as the index's script reads it: [name, page, words, errors, warnings, info, then one
     * count per category]; an array, not an object, to keep a large index small.
     */
    List<Object> compact() {
        List<Object> out = new ArrayList<>(6 + byCategory.length);
        out.add(name);
        out.add(page);
        out.add(words);
        out.add(errors);
        out.add(warnings);
        out.add(infos);
        for (int c : byCategory) {
            out.add(c);
        }
        return out;
    }
}
