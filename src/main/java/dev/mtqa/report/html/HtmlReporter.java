package dev.mtqa.report.html;

import dev.mtqa.GrammarMode;
import dev.mtqa.config.HouseStyle;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.report.Reporter;
import dev.mtqa.report.Summary;
import dev.mtqa.rule.RuleMetadata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Writes the HTML report into a folder: a page for each input (for a JSONL file, for each record
 * with findings), then {@code index.html} at the end. Memory stays bounded in a long run: the
 * pages of the documents worst so far are held until the end, up to {@link HeldPages#MAX_BYTES},
 * and past that written and forgotten; the index keeps one small {@link FileRow} per input (at
 * most {@link #MAX_ROWS}, the worst) plus fixed-size tallies for its charts and corpus section.
 * So does the folder: only the worst {@link Settings#maxPages} documents keep their page
 * ({@link PageBudget}); the index lists the others without a link.
 */
public final class HtmlReporter implements Reporter {
    /** The index lists at most this many inputs, the worst ones. */
    static final int MAX_ROWS = 200_000;
    /** Document pages a report keeps unless told otherwise: about 50 MB of pages at most. */
    public static final int DEFAULT_MAX_PAGES = 1_000;
    /** Inputs not checked that the index names one by one. */
    static final int MAX_NOT_CHECKED = 1_000;
    static final int CHART_RULES = 20;
    static final String INDEX = "index.html";

    /**
     * What the report needs besides the results.
     *
     * @param folders     the folders named on the command line: pages are named after the path below them
     * @param files       the files named on the command line: pages are named after their file name
     * @param rules       metadata of every rule that ran, for the explanations
     * @param houseStyle  the names whose spellings the corpus section counts
     * @param toolVersion printed in the footer
     * @param grammar     how much of LanguageTool ran, printed in the footer (a report without grammar
     *                    findings may simply not have looked for them)
     * @param warnings    where to say that a page could not be written (the run goes on)
     * @param maxPages    how many documents, the worst, keep a page of their own (each page is about
     *                    50 KB); {@link Integer#MAX_VALUE} for all of them
     * @param jobs        the run's worker threads: as many pages are written at a time at the end
     */
    public record Settings(List<String> folders, List<String> files, List<RuleMetadata> rules, HouseStyle houseStyle,
                           String toolVersion, GrammarMode grammar, Consumer<String> warnings, int maxPages,
                           int jobs) {
    }

    private final ReportDirectory directory;
    private final Settings settings;
    private final Templates templates = new Templates();
    private final PageNames names;
    private final Map<String, RuleMetadata> metadata = new HashMap<>();
    private final SpellingCensus census;
    private final SpellingTally spellings;
    private final SiteTally sites = new SiteTally();
    /** Set by {@link #corpus} before the checks start; read by {@link #prepare} on the workers. */
    private volatile RepeatedLines repeated;
    private final PageBudget pages;
    /** The pages the budget wants, written when the run ends unless they take too much memory. */
    private final HeldPages held;

    private final PriorityQueue<FileRow> rows = new PriorityQueue<>(FileRow.WORST_FIRST.reversed());
    private long inputs;
    private long rowsDropped;
    private final List<IndexPage.NotChecked> notChecked = new ArrayList<>();
    private int notCheckedMore;
    private long words;
    private final Map<String, Integer> findingsByRule = new TreeMap<>();
    private final Map<String, Category> categoryOfRule = new HashMap<>();
    private final Map<Category, Integer> findingsByCategory = new EnumMap<>(Category.class);
    private final long[] rateBins = new long[RATE_BINS.length];

    private static final double[] RATE_LIMITS = {0, 1, 2, 5, 10, 20, 50};
    private static final String[] RATE_BINS = {"no findings", "under 1", "1 to 2", "2 to 5", "5 to 10", "10 to 20",
            "20 to 50", "50 or more"};

    /** The footer's words for each grammar mode. */
    private static final Map<GrammarMode, String> GRAMMAR_NOTES = Map.of(
            GrammarMode.FULL, "Grammar and spelling: LanguageTool, full analysis.",
            GrammarMode.FAST, "Grammar and spelling: LanguageTool without its phrase chunker (--grammar fast), "
                    + "which misses a few phrase-level grammar errors.",
            GrammarMode.OFF, "Grammar and spelling were not checked (--no-grammar): mtqa's own rules only.");

    private HtmlReporter(ReportDirectory directory, Settings settings, long heldBytes) {
        this.directory = directory;
        this.settings = settings;
        this.names = new PageNames(settings.folders(), settings.files(), Set.of(INDEX));
        settings.rules().forEach(r -> metadata.putIfAbsent(r.id(), r));
        this.census = new SpellingCensus(settings.houseStyle());
        this.spellings = new SpellingTally(settings.houseStyle());
        this.pages = new PageBudget(settings.maxPages());
        this.held = new HeldPages(p -> writePage(p.result(), p.row().page(), p.spellings()), heldBytes,
                settings.jobs());
    }

    /** A reporter writing into {@code folder}, which is created if needed. */
    public static HtmlReporter create(Path folder, Settings settings) throws IOException {
        return create(folder, settings, HeldPages.MAX_BYTES);
    }

    /** A reporter that holds at most {@code heldBytes} of documents for their pages ({@link HeldPages}). */
    static HtmlReporter create(Path folder, Settings settings, long heldBytes) throws IOException {
        return new HtmlReporter(ReportDirectory.open(folder), settings, heldBytes);
    }

    /** Where the index is written. */
    public Path index() {
        return directory.root().resolve(INDEX);
    }

    @Override
    public void corpus(CorpusProfile profile) {
        repeated = new RepeatedLines(profile);
    }

    /**
     * What the report reads off a document's text rather than its findings: counted on the worker
     * that checked it ({@link #prepare}), so that the one thread writing the report keeps up.
     *
     * @param words     the words of the text ({@link Labels#words})
     * @param spellings the house-style spellings it uses ({@link SpellingCensus})
     * @param repeated  its lines the corpus has in several documents; null when not wanted (a clean
     *                  record, or a run without a corpus profile)
     */
    private record TextFacts(int words, Map<SpellingCensus.Spelling, Integer> spellings,
                             List<RepeatedLines.Found> repeated) {
    }

    private TextFacts facts(FileResult result) {
        String text = result.text() == null ? "" : result.text();
        RepeatedLines lines = repeated;
        // A clean record stays clean whatever a baseline leaves out: it is only counted.
        boolean listed = result.record() == null || !result.findings().isEmpty();
        return new TextFacts(Labels.words(text), census.count(text),
                listed && lines != null ? lines.linesOf(text) : null);
    }

    @Override
    public Prepared prepare(FileResult checked) {
        if (checked.status() != FileResult.Status.CHECKED) {
            return this::file;
        }
        TextFacts facts = facts(checked);
        return shown -> file(shown, facts);
    }

    @Override
    public void file(FileResult result) {
        file(result, result.status() == FileResult.Status.CHECKED ? facts(result) : null);
    }

    private void file(FileResult result, TextFacts facts) {
        inputs++;
        if (result.status() != FileResult.Status.CHECKED) {
            if (notChecked.size() < MAX_NOT_CHECKED) {
                notChecked.add(new IndexPage.NotChecked(DisplayText.visible(result.displayName()),
                        result.status().name().toLowerCase(java.util.Locale.ROOT), DisplayText.visible(
                                result.reason() == null ? "" : result.reason())));
            } else {
                notCheckedMore++;
            }
            return;
        }
        int documentWords = facts.words();
        words += documentWords;
        sites.add(result, documentWords);
        rateBins[rateBin(result.findings().size(), documentWords)]++;
        for (Finding f : result.findings()) {
            findingsByRule.merge(f.rule(), 1, Integer::sum);
            categoryOfRule.putIfAbsent(f.rule(), f.category());
            findingsByCategory.merge(f.category(), 1, Integer::sum);
        }

        boolean record = result.record() != null;
        if (record && result.findings().isEmpty()) {
            // A clean JSONL record gets neither a page nor a row: a corpus may have millions.
            spellings.add(facts.spellings(), null, null);
            return;
        }
        String page = names.next(result.path(), result.record());
        FileRow row = FileRow.of(inputs, result, page, documentWords);
        Link link = new Link(DisplayText.visible(result.displayName()), page);
        spellings.add(facts.spellings(), row, link);
        if (facts.repeated() != null) {
            repeated.add(facts.repeated(), row, link);
        }
        if (pages.wants(row)) {
            FileRow displaced = pages.keep(row);
            if (displaced != null && !held.forget(displaced.page())) {
                deletePage(displaced.page());
            }
            held.hold(new HeldPages.Page(row, result, facts.spellings()), this::lost);
        }
        addRow(row);
    }

    /**
     * What the run's last line on the terminal should add about the pages, when not every document
     * got one ("pages for the 1,000 worst of 40,746 documents"); null when every one did.
     */
    public String pageNote() {
        List<String> notes = new ArrayList<>();
        if (pages.withoutPage() > 0) {
            notes.add("pages for the " + Labels.number(pages.kept()) + " worst of "
                    + Labels.number(pages.kept() + pages.withoutPage() + pages.lost())
                    + " documents; --report-pages N or all for more");
        }
        if (pages.lost() > 0) {
            notes.add(Labels.count(pages.lost(), "page") + " not written (see the warnings)");
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    /** Removes a page that worse documents have pushed out of the report's budget. */
    private void deletePage(String page) {
        try {
            directory.delete(page);
        } catch (IOException e) {
            settings.warnings().accept("cannot remove the report page " + page + ": " + e.getMessage());
        }
    }

    /** The link as the index shows it: without its target if that page is not (or no longer) in the report. */
    private Link shown(Link link) {
        return link.href() == null || pages.has(link.href()) ? link : new Link(link.label(), null);
    }

    /** Writes the page of {@code result}; returns null, or what kept it from being written. Any thread may ask. */
    private String writePage(FileResult result, String page, Map<SpellingCensus.Spelling, Integer> spellingCounts) {
        String download = page.substring(0, page.length() - ".html".length()) + ".cleaned.txt";
        try {
            FilePage model = FilePage.of(result, metadata, download, spellingCounts);
            Map<String, Object> context = context(model, Assets.FILE_SCRIPT);
            directory.write(page, out -> templates.render("file", context, out));
            return null;
        } catch (IOException | RuntimeException e) {
            return "cannot write the report page " + page + " for " + result.displayName() + ": " + e.getMessage();
        }
    }

    /** A page kept but not written after all: said, and its document listed without a link. */
    private void lost(FileRow row, String problem) {
        settings.warnings().accept(problem);
        pages.lost(row);
    }

    private void addRow(FileRow row) {
        rows.add(row);
        if (rows.size() > MAX_ROWS) {
            rows.poll();
            rowsDropped++;
        }
    }

    private static int rateBin(int findings, int words) {
        if (findings == 0) {
            return 0;
        }
        double rate = words == 0 ? Double.MAX_VALUE : findings * 1000.0 / words;
        int bin = 1;
        for (int i = 1; i < RATE_LIMITS.length; i++) {
            if (rate >= RATE_LIMITS[i]) {
                bin = i + 1;
            }
        }
        return bin;
    }

    /**
     * How many document pages {@link #end} will write: those of the worst documents, held until
     * then. A run can say so before it starts, as writing them takes a while on a large corpus.
     */
    public int pagesToWrite() {
        return held.size();
    }

    @Override
    public void end(Summary summary, long elapsedMillis) {
        held.writeAll(this::lost);
        List<FileRow> sorted = new ArrayList<>(rows.size());
        for (FileRow row : rows) {
            sorted.add(pages.has(row.page()) ? row : row.withPage(null));
        }
        sorted.sort(FileRow.WORST_FIRST);
        List<IndexPage.Column> columns = new ArrayList<>();
        for (Category c : Category.values()) {
            if (findingsByCategory.getOrDefault(c, 0) > 0) {
                columns.add(IndexPage.Column.of(c));
            }
        }
        IndexPage model = new IndexPage("mtqa report", settings.toolVersion(), totals(summary), charts(summary),
                columns,
                sorted.stream().limit(IndexPage.FIRST_ROWS).map(r -> IndexPage.Row.of(r, columns)).toList(),
                sorted.size(),
                rowsNote(sorted.size()), spellings.inUse(this::shown), repeatedLines(), sites.worst(), sites.size(),
                List.copyOf(notChecked), notCheckedMore,
                new IndexPage.Data(columns, sorted.stream().map(FileRow::compact).toList()));
        Map<String, Object> context = context(model, Assets.INDEX_SCRIPT);
        try {
            directory.write(INDEX, out -> templates.render("index", context, out));
        } catch (IOException e) {
            settings.warnings().accept("cannot write the report index " + index() + ": " + e.getMessage());
        }
    }

    /** What the table's caption adds when it does not list every input, or not every one with a page. */
    private String rowsNote(int listed) {
        List<String> notes = new ArrayList<>();
        if (rowsDropped > 0) {
            notes.add("The table lists the " + Labels.number(listed) + " worst of "
                    + Labels.number(listed + rowsDropped) + " inputs.");
        }
        if (pages.withoutPage() > 0) {
            notes.add("Only the " + Labels.number(pages.kept()) + " worst have a page of their own "
                    + "(--report-pages); the findings of the other " + Labels.number(pages.withoutPage())
                    + " are in the run's other output (text, JSON or SARIF).");
        }
        if (pages.lost() > 0) {
            notes.add(Labels.count(pages.lost(), "page") + " could not be written (the run's warnings say why).");
        }
        return notes.isEmpty() ? null : String.join(" ", notes);
    }

    /** What every page's template gets: its model, and the inline style and script with their policy. */
    private Map<String, Object> context(Object model, Assets.Inline script) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("page", model);
        context.put("version", settings.toolVersion());
        context.put("grammar", GRAMMAR_NOTES.get(settings.grammar()));
        context.put("style", Assets.STYLE.content());
        context.put("script", script.content());
        context.put("policy", Assets.policy(script));
        return context;
    }

    private List<IndexPage.Total> totals(Summary summary) {
        List<IndexPage.Total> totals = new ArrayList<>();
        totals.add(new IndexPage.Total("documents checked", Labels.number(summary.checked()), "neutral"));
        totals.add(new IndexPage.Total("findings", Labels.number(summary.findings()), "neutral"));
        for (var s : dev.mtqa.finding.Severity.values()) {
            totals.add(new IndexPage.Total(s.id().equals("info") ? "info" : s.id() + "s",
                    Labels.number(summary.bySeverity().getOrDefault(s, 0)), "s-" + s.id()));
        }
        totals.add(new IndexPage.Total("words", Labels.number(words), "neutral"));
        totals.add(new IndexPage.Total("findings per 1,000 words",
                Labels.decimal(words == 0 ? 0 : summary.findings() * 1000.0 / words), "neutral"));
        if (summary.skipped() > 0) {
            totals.add(new IndexPage.Total("skipped", Labels.number(summary.skipped()), "warn"));
        }
        if (summary.failed() > 0) {
            totals.add(new IndexPage.Total("unreadable", Labels.number(summary.failed()), "bad"));
        }
        return totals;
    }

    private List<BarChart> charts(Summary summary) {
        List<BarChart.Entry> byCategory = new ArrayList<>();
        for (Category c : Category.values()) {
            int n = findingsByCategory.getOrDefault(c, 0);
            if (n > 0) {
                byCategory.add(new BarChart.Entry(Labels.of(c), n, "c-" + c.name(), c.description()));
            }
        }
        List<Map.Entry<String, Integer>> rules = new ArrayList<>(findingsByRule.entrySet());
        rules.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<BarChart.Entry> byRule = rules.stream().limit(CHART_RULES)
                .map(e -> new BarChart.Entry(e.getKey(), e.getValue(), "c-" + categoryOfRule.get(e.getKey()).name(),
                        summaryOf(e.getKey())))
                .toList();
        String moreRules = rules.size() > CHART_RULES
                ? "and " + Labels.count(rules.size() - CHART_RULES, "more rule") : null;
        List<BarChart.Entry> rates = new ArrayList<>();
        for (int i = 0; i < RATE_BINS.length; i++) {
            rates.add(new BarChart.Entry(RATE_BINS[i], rateBins[i], "rate", null));
        }
        return List.of(
                BarChart.of("by-category", "Findings by category", "All findings of the run, by category.",
                        480, 130, byCategory, byCategory.isEmpty() ? "No findings." : null),
                BarChart.of("by-rate", "Documents by findings per 1,000 words",
                        "How many documents have how many findings for their length.", 480, 130, rates,
                        summary.checked() == 0 ? "No documents checked." : null),
                BarChart.of("by-rule", "Findings by rule", "The rules that found the most.", 960, 300, byRule,
                        moreRules));
    }

    private String summaryOf(String rule) {
        RuleMetadata m = metadata.get(rule);
        return m == null ? "LanguageTool's rule " + rule : m.summary();
    }

    private List<IndexPage.Repeated> repeatedLines() {
        if (repeated == null) {
            return List.of();
        }
        return repeated.mostRepeated().stream()
                .map(l -> new IndexPage.Repeated(l.text, Labels.number(l.documents),
                        l.examples.links().stream().map(this::shown).toList()))
                .toList();
    }
}
