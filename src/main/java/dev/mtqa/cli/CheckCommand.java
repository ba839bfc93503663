package dev.mtqa.cli;

import dev.mtqa.Mtqa;
import dev.mtqa.Version;
import dev.mtqa.baseline.Baseline;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.InputItem;
import dev.mtqa.input.Inputs;
import dev.mtqa.report.ArtifactPaths;
import dev.mtqa.report.GithubReporter;
import dev.mtqa.report.JsonReporter;
import dev.mtqa.report.JunitReporter;
import dev.mtqa.report.Reporter;
import dev.mtqa.report.Reporters;
import dev.mtqa.report.SarifReporter;
import dev.mtqa.report.Summary;
import dev.mtqa.report.TextReporter;
import dev.mtqa.report.html.HtmlReporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/** {@code mtqa check PATH…}: checks files, folders or standard input and reports findings. */
@Command(name = "check",
        description = "Check files, folders (recursively) or standard input (-) and report what machine translation "
                + "and scraping left behind.",
        mixinStandardHelpOptions = true,
        sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    enum Format { TEXT, JSON, SARIF, GITHUB, JUNIT }

    @CommandLine.Mixin
    CorpusOptions corpus = new CorpusOptions();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "What to print: text, json, sarif, github (workflow annotations) or junit (default: text).")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 when a finding is at least this severe: error, warning, info or none "
                    + "(default: failOn in mtqa.yml, else error).")
    FailOn failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report and fail only on findings that are not in this baseline (see --write-baseline).")
    Path baselineFile;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record the current findings in FILE as accepted, for --baseline.")
    Path writeBaselineFile;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Check only files that git reports changed since REF (a branch, tag or commit), and untracked files.")
    String changedSince;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Folder for the HTML report: index.html and a page per input, for the worst ones of a large "
                    + "run (see --report-pages; default: ${DEFAULT-VALUE}).")
    Path reportDirectory = Path.of("reports");

    @Option(names = "--no-report", description = "Write no HTML report.")
    boolean noReport;

    @Option(names = "--report-pages", paramLabel = "N", converter = PageCount.class,
            description = "Give only the N worst documents a page of their own in the HTML report, or 'all' "
                    + "(default: " + HtmlReporter.DEFAULT_MAX_PAGES + "; each page is about 50 KB).")
    int reportPages = HtmlReporter.DEFAULT_MAX_PAGES;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr when it is a terminal (--no-progress: never).")
    boolean progress;

    private final MtqaCommand.Streams streams;

    CheckCommand(MtqaCommand.Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        if (baselineFile != null && writeBaselineFile != null) {
            throw new ConfigurationException("--baseline and --write-baseline cannot be used together: "
                    + "--write-baseline alone records the current findings");
        }
        int workers = corpus.workers();
        long started = System.nanoTime();
        Severity threshold = failOn().threshold();
        Mtqa mtqa = corpus.mtqa();
        Inputs inputs = corpus.inputs(streams.in());
        Path workingFolder = corpus.workingFolder;
        PrintWriter err = streams.errWriter();

        Predicate<InputItem> selected = item -> true;
        if (changedSince != null) {
            ChangedFiles changed = ChangedFiles.since(changedSince, workingFolder);
            err.println("mtqa: " + changed.size() + " file" + (changed.size() == 1 ? "" : "s")
                    + " changed since " + TextReporter.oneLine(changedSince) + " in the repository");
            selected = changed.selects();
        }
        Baseline baseline = baselineFile == null ? null : readBaseline(workingFolder);
        Baseline recorder = writeBaselineFile == null ? null : Baseline.empty(writeBaselineFile, workingFolder);
        List<Baseline.Entry> recorded = new ArrayList<>();

        Summary summary = new Summary();
        HtmlReporter html = noReport ? null : htmlReporter(mtqa, err);
        try (OutputStream out = outputStream()) {
            Reporter printed = reporter(mtqa, out, threshold, new ArtifactPaths(workingFolder));
            Reporter reporter = html == null ? printed : Reporters.of(List.of(printed, html));
            reporter.begin();
            ProgressDisplay display = new ProgressDisplay(streams.err(),
                    progress && streams.err() == System.err && StandardError.isTerminal());
            mtqa.checkAll(inputs.list(corpus.paths), selected, workers, profile -> {
                if (profile.approximation() > 0) {
                    // Past the profile's fixed capacity counts are lower bounds: say so once.
                    err.println("mtqa: note: the corpus is larger than the corpus profile counts exactly; counts of "
                            + "repeated lines and names may fall short by up to " + profile.approximation()
                            + (profile.approximation() == 1 ? " document" : " documents"));
                }
                display.start(profile);
                reporter.corpus(profile);
            }, checked -> new Checked(checked, reporter.prepare(checked)), checked -> {
                FileResult result = checked.result();
                display.done(result);
                if (recorder != null) {
                    recorded.addAll(recorder.entriesOf(result));
                }
                FileResult shown = baseline == null ? result : baseline.newFindings(result);
                summary.add(shown);
                notice(err, shown);
                checked.report().file(shown);
            });
            display.close();
            int pagesLeft = html == null || !display.shown() ? 0 : html.pagesToWrite();
            if (pagesLeft > 0) {
                // The check is done, but on a large corpus the pages of the worst documents, held
                // until now, take a while longer to write: without a word the run looks stuck.
                err.println(String.format(Locale.ROOT, "mtqa: writing %,d report page%s\u2026", pagesLeft,
                        pagesLeft == 1 ? "" : "s"));
                err.flush();
            }
            // The HTML report ends first: it writes the pages it held, on a large corpus seconds of
            // the run that the summary's time ("... in 12.3 s") is to count. The printed output
            // is finished even if the report fails.
            try {
                if (html != null) {
                    html.end(summary, millisSince(started));
                }
            } finally {
                printed.end(summary, millisSince(started));
            }
        }
        if (html != null) {
            String pages = html.pageNote();
            err.println("mtqa: HTML report: " + TextReporter.oneLine(reportDirectory.resolve("index.html").toString())
                    + (pages == null ? "" : " (" + pages + ")"));
        }
        if (recorder != null) {
            Baseline.write(writeBaselineFile, recorded);
            err.println("mtqa: wrote " + recorded.size() + " finding" + (recorded.size() == 1 ? "" : "s")
                    + " to the baseline " + writeBaselineFile);
        }
        if (baseline != null) {
            err.println("mtqa: baseline " + baselineFile + ": " + baseline.accepted() + " known finding"
                    + (baseline.accepted() == 1 ? "" : "s") + " not reported, " + summary.findings() + " new; "
                    + baseline.gone() + " baseline entr" + (baseline.gone() == 1 ? "y" : "ies")
                    + " no longer occur" + (baseline.gone() == 1 ? "s" : "")
                    + (baseline.gone() > 0 ? " (record the baseline again with --write-baseline to drop them)" : ""));
        }
        return exitCode(summary, recorder != null ? null : threshold);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The HTML report's writer; a folder that cannot be made is a usage error, found before any work. */
    private HtmlReporter htmlReporter(Mtqa mtqa, PrintWriter err) {
        List<String> folders = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (String path : corpus.paths) {
            if (!path.equals("-")) {
                (isFolder(path) ? folders : files).add(path);
            }
        }
        HtmlReporter.Settings settings = new HtmlReporter.Settings(folders, files, mtqa.ruleMetadata(),
                mtqa.houseStyle(), Version.get(), mtqa.grammar(),
                warning -> err.println("mtqa: warning: " + TextReporter.oneLine(warning)), reportPages,
                corpus.workers());
        try {
            return HtmlReporter.create(reportDirectory, settings);
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException("cannot write the HTML report to " + reportDirectory + ": "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private static boolean isFolder(String path) {
        try {
            return Files.isDirectory(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** {@code --fail-on}, else {@code failOn} in the configuration file, else error. */
    private FailOn failOn() {
        if (failOn != null) {
            return failOn;
        }
        String fromFile = corpus.config().failOn();
        return fromFile == null ? FailOn.ERROR : FailOn.valueOf(fromFile.toUpperCase(Locale.ROOT));
    }

    private Baseline readBaseline(Path workingFolder) {
        try {
            return Baseline.read(baselineFile, workingFolder);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    private OutputStream outputStream() throws IOException {
        if (output == null) {
            return new NonClosing(streams.out());
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new ConfigurationException("--output: no such folder: " + parent);
        }
        return Files.newOutputStream(output);
    }

    private Reporter reporter(Mtqa mtqa, OutputStream out, Severity threshold, ArtifactPaths paths) {
        return switch (format) {
            case TEXT -> new TextReporter(writer(out),
                    output == null && streams.out() == System.out && CommandLine.Help.Ansi.AUTO.enabled());
            case JSON -> new JsonReporter(out, Version.get(), mtqa.grammar());
            case SARIF -> new SarifReporter(out, Version.get(), paths, mtqa.ruleMetadata(), mtqa::describe);
            case GITHUB -> new GithubReporter(writer(out), paths);
            case JUNIT -> new JunitReporter(out, threshold);
        };
    }

    // No autoflush: the reporters flush once per checked input, not at every line, which on a
    // corpus with a million findings was a million writes to stdout (System.out flushes each one).
    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }

    /** Whatever the format, what a person must notice goes to stderr; stdout stays machine-readable. */
    private void notice(PrintWriter err, FileResult result) {
        String name = TextReporter.oneLine(result.displayName());
        switch (result.status()) {
            case SKIPPED -> err.println("mtqa: skipped " + name + ": " + result.reason());
            case FAILED -> err.println("mtqa: error: " + name + ": " + result.reason());
            case CHECKED -> result.problems().forEach(p -> err.println("mtqa: internal error on " + name + ": " + p));
        }
    }

    /** @param threshold the fail-on severity; null when findings never fail the run (as when recording a baseline) */
    private static int exitCode(Summary summary, Severity threshold) {
        if (summary.failed() > 0) {
            return ExitCodes.UNREADABLE_INPUT;
        }
        if (threshold != null && summary.atLeast(threshold) > 0) {
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.OK;
    }

    /** Standard output must stay open for whoever runs us (tests run several commands in one JVM). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(PrintStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** A checked input and what reports it, made ready on the worker that checked it ({@link Reporter#prepare}). */
    private record Checked(FileResult result, Reporter.Prepared report) {
    }
}
