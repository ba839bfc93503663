package dev.mtqa.cli;

import dev.mtqa.EnglishVariant;
import dev.mtqa.Mtqa;
import dev.mtqa.Version;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.FileInput;
import dev.mtqa.input.Inputs;
import dev.mtqa.input.JsonlFields;
import dev.mtqa.input.PathFilter;
import dev.mtqa.report.JsonReporter;
import dev.mtqa.report.Reporter;
import dev.mtqa.report.Summary;
import dev.mtqa.report.TextReporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code mtqa check PATH…}: checks files, folders or standard input and reports findings. */
@Command(name = "check",
        description = "Check files, folders (recursively) or standard input (-) and report what machine translation "
                + "and scraping left behind.",
        mixinStandardHelpOptions = true,
        sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    /** The lowest severity that makes the run fail, or NONE to never fail on findings. */
    enum FailOn {
        ERROR, WARNING, INFO, NONE;

        Severity threshold() {
            return this == NONE ? null : Severity.valueOf(name());
        }
    }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "What to print: text or json (default: text).")
    Format format = Format.TEXT;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 when a finding is at least this severe: error, warning, info or none (default: error).")
    FailOn failOn = FailOn.ERROR;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer jobs;

    @Option(names = "--lang", paramLabel = "VARIANT", converter = VariantConverter.class,
            description = "English variant: auto, en-US or en-GB (default: auto, decided per document from its spelling).")
    EnglishVariant variant;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Files to check inside folders (repeatable; default: *.txt and *.md). A glob with / matches the path below the folder.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Files or folders to skip inside folders (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--text-field", paramLabel = "NAME", description = "JSONL: the field holding the text (default: ${DEFAULT-VALUE}).")
    String textField = "text";

    @Option(names = "--id-field", paramLabel = "NAME",
            description = "JSONL: the field holding the record id (default: ${DEFAULT-VALUE}; else the line number).")
    String idField = "id";

    @Option(names = "--no-grammar", description = "Skip LanguageTool: mtqa's own rules only, much faster.")
    boolean noGrammar;

    @Option(names = "--report", paramLabel = "DIR", description = "Folder for the HTML report (default: ${DEFAULT-VALUE}).")
    Path reportDirectory = Path.of("reports");

    @Option(names = "--no-report", description = "Write no HTML report.")
    boolean noReport;

    private final MtqaCommand.Streams streams;

    CheckCommand(MtqaCommand.Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() {
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1) {
            throw new ConfigurationException("--jobs must be at least 1, not " + workers);
        }
        long started = System.nanoTime();
        Mtqa mtqa = Mtqa.builder().variant(variant).grammar(!noGrammar).build();
        Inputs inputs = new Inputs(new PathFilter(includes, excludes), streams.in(), FileInput.DEFAULT_MAX_BYTES,
                new JsonlFields(textField, idField));

        Reporter reporter = reporter();
        PrintWriter err = streams.errWriter();
        Summary summary = new Summary();
        reporter.begin();
        mtqa.checkAll(inputs.list(paths), workers, result -> {
            summary.add(result);
            notice(err, result);
            reporter.file(result);
        });
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

    static final class VariantConverter implements CommandLine.ITypeConverter<EnglishVariant> {
        @Override
        public EnglishVariant convert(String value) {
            if (value.equalsIgnoreCase("auto")) {
                return null;
            }
            try {
                return EnglishVariant.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
