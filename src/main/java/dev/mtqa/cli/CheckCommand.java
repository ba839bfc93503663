package dev.mtqa.cli;

import dev.mtqa.Mtqa;
import dev.mtqa.Version;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Inputs;
import dev.mtqa.report.JsonReporter;
import dev.mtqa.report.Reporter;
import dev.mtqa.report.Summary;
import dev.mtqa.report.TextReporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code mtqa check PATH…}: checks files, folders or standard input and reports findings. */
@Command(name = "check",
        description = "Check files, folders (recursively) or standard input (-) and report what machine translation "
                + "and scraping left behind.",
        mixinStandardHelpOptions = true,
        sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @CommandLine.Mixin
    CorpusOptions corpus = new CorpusOptions();

    @Option(names = "--format", paramLabel = "FORMAT", description = "What to print: text or json (default: text).")
    Format format = Format.TEXT;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 when a finding is at least this severe: error, warning, info or none (default: error).")
    FailOn failOn = FailOn.ERROR;

    @Option(names = "--report", paramLabel = "DIR", description = "Folder for the HTML report (default: ${DEFAULT-VALUE}).")
    Path reportDirectory = Path.of("reports");

    @Option(names = "--no-report", description = "Write no HTML report.")
    boolean noReport;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on stderr when it is a terminal (--no-progress: never).")
    boolean progress;

    private final MtqaCommand.Streams streams;

    CheckCommand(MtqaCommand.Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        int workers = corpus.workers();
        long started = System.nanoTime();
        Mtqa mtqa = corpus.mtqa();
        Inputs inputs = corpus.inputs(streams.in());

        Reporter reporter = reporter();
        PrintWriter err = streams.errWriter();
        Summary summary = new Summary();
        reporter.begin();
        try (ProgressDisplay display = new ProgressDisplay(streams.err(),
                progress && streams.err() == System.err && System.console() != null)) {
            mtqa.checkAll(inputs.list(corpus.paths), workers, display::start, result -> {
                display.done(result);
                summary.add(result);
                notice(err, result);
                reporter.file(result);
            });
        }
        reporter.end(summary, (System.nanoTime() - started) / 1_000_000);
        return exitCode(summary);
    }

    private Reporter reporter() {
        return switch (format) {
            case TEXT -> new TextReporter(streams.outWriter(),
                    streams.out() == System.out && CommandLine.Help.Ansi.AUTO.enabled());
            case JSON -> new JsonReporter(streams.out(), Version.get());
        };
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

    private int exitCode(Summary summary) {
        if (summary.failed() > 0) {
            return ExitCodes.UNREADABLE_INPUT;
        }
        Severity threshold = failOn.threshold();
        if (threshold != null && summary.atLeast(threshold) > 0) {
            return ExitCodes.FINDINGS;
        }
        return ExitCodes.OK;
    }
}
