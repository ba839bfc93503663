package dev.mtqa.report.html;

import dev.mtqa.Mtqa;
import dev.mtqa.finding.FileResult;
import dev.mtqa.input.Inputs;
import dev.mtqa.input.PathFilter;
import dev.mtqa.report.Summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a report as {@code mtqa check --report} does, and keeps the results it was written from. */
final class ReportRun {
    private static Mtqa fast;

    final Path folder;
    final List<FileResult> results = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    /** What the run's last line says about the pages ({@link HtmlReporter#pageNote}), or null. */
    String pageNote;
    private final int maxPages;

    private ReportRun(Path folder, int maxPages) {
        this.folder = folder;
        this.maxPages = maxPages;
    }

    /** mtqa's own rules (no LanguageTool, which the report treats no differently) over {@code paths}. */
    static ReportRun check(Path folder, List<Path> paths) throws IOException {
        Mtqa mtqa = mtqa();
        ReportRun run = new ReportRun(folder, HtmlReporter.DEFAULT_MAX_PAGES);
        List<String> folders = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        for (Path p : paths) {
            (Files.isDirectory(p) ? folders : files).add(p.toString());
            arguments.add(p.toString());
        }
        HtmlReporter html = HtmlReporter.create(folder, run.settings(folders, files, mtqa));
        Summary summary = new Summary();
        html.begin();
        // As the check command does: what the report reads off each text is done on the workers.
        mtqa.checkAll(new Inputs(PathFilter.defaults()).list(arguments), item -> true, 2, html::corpus,
                result -> Map.entry(result, html.prepare(result)), checked -> {
                    summary.add(checked.getKey());
                    run.results.add(checked.getKey());
                    checked.getValue().file(checked.getKey());
                });
        html.end(summary, 0);
        run.pageNote = html.pageNote();
        return run;
    }

    /** A report of hand-made results. */
    static ReportRun of(Path folder, List<FileResult> results) throws IOException {
        return of(folder, results, HtmlReporter.DEFAULT_MAX_PAGES);
    }

    /** A report of hand-made results that keeps at most {@code maxPages} document pages. */
    static ReportRun of(Path folder, List<FileResult> results, int maxPages) throws IOException {
        return of(folder, results, maxPages, HeldPages.MAX_BYTES);
    }

    /** The same, holding at most {@code heldBytes} of documents for their pages ({@link HeldPages}). */
    static ReportRun of(Path folder, List<FileResult> results, int maxPages, long heldBytes) throws IOException {
        ReportRun run = new ReportRun(folder, maxPages);
        HtmlReporter html = HtmlReporter.create(folder, run.settings(List.of(), List.of(), mtqa()), heldBytes);
        Summary summary = new Summary();
        html.begin();
        for (FileResult result : results) {
            summary.add(result);
            run.results.add(result);
            html.file(result);
        }
        html.end(summary, 0);
        run.pageNote = html.pageNote();
        return run;
    }

    private HtmlReporter.Settings settings(List<String> folders, List<String> files, Mtqa mtqa) {
        return new HtmlReporter.Settings(folders, files, mtqa.ruleMetadata(), mtqa.houseStyle(),
                "test", mtqa.grammar(), warnings::add, maxPages, 2);
    }

    static synchronized Mtqa mtqa() {
        if (fast == null) {
            fast = Mtqa.builder().grammar(false).build();
        }
        return fast;
    }

    Path page(String name) {
        return folder.resolve(name);
    }
}
