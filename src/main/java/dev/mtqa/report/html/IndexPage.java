package dev.mtqa.report.html;

import dev.mtqa.finding.Category;

import java.util.List;

/**
 * What {@code index.html} shows, ready for {@code index.peb}: the run's totals, the charts, the
 * first rows of the files table (the script pages through all of them, from {@link Data}), and
 * the corpus section.
 *
 * @param rowsNote   set when the table holds fewer rows than the run had inputs, or when not every
 *                   row has a page
 * @param spellings  house-style names in use, those spelled against the house style first
 * @param repeated   lines that occur in more than one document, most repeated first
 * @param sites      findings by the site documents came from, worst rate first (JSONL url/source)
 * @param siteCount  how many sites the run's documents came from
 * @param notChecked inputs skipped or unreadable, with the reason
 */
record IndexPage(
        String title,
        String version,
        List<Total> totals,
        List<BarChart> charts,
        List<Column> columns,
        List<Row> firstRows,
        int rowCount,
        String rowsNote,
        List<SpellingTally.TermUse> spellings,
        List<Repeated> repeated,
        List<SiteTally.Site> sites,
        int siteCount,
        List<NotChecked> notChecked,
        int notCheckedMore,
        Data data) {

    /** Rows printed in the page itself, before the script takes over (and when printing). */
    static final int FIRST_ROWS = 50;

    /** A number in the header. */
    record Total(String label, String value, String style) {
    }

    /** A category column of the files table. */
    record Column(String id, String label, int index) {
        static Column of(Category c) {
            return new Column(c.name(), Labels.of(c), c.ordinal());
        }
    }

    /** A row of the files table, formatted. */
    record Row(String name, String href, String words, int findings, String rate, int errors, int warnings,
               int infos, List<Integer> categories) {
        static Row of(FileRow r, List<Column> columns) {
            return new Row(r.name(), r.page(), Labels.number(r.words()), r.findings(), Labels.decimal(r.rate()),
                    r.errors(), r.warnings(), r.infos(),
                    columns.stream().map(c -> r.byCategory()[c.index()]).toList());
        }
    }

    /** A line repeated across documents. */
    record Repeated(String text, String documents, List<Link> examples) {
    }

    /** An input that was not checked. */
    record NotChecked(String name, String status, String reason) {
    }

    /** For the script: the category columns and every row in {@link FileRow#compact()} form, worst first. */
    record Data(List<Column> columns, List<List<Object>> rows) {
    }
}
