package dev.mtqa.cli;

import dev.mtqa.Mtqa;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.engine.OrderedParallelRunner;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Severity;
import dev.mtqa.fix.Fixer;
import dev.mtqa.input.Document;
import dev.mtqa.input.Inputs;
import dev.mtqa.input.JsonlFile;
import dev.mtqa.input.JsonlRecord;
import dev.mtqa.input.Loaded;
import dev.mtqa.input.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/**
 * {@code mtqa fix PATH…}: cleans text with the suggested fixes (safe ones unless {@code --unsafe}),
 * re-checking so that no edit makes things worse, and writes the result where it is told to:
 * an output folder, in place, as a diff, or to standard output. Without one of those it refuses,
 * so nothing is overwritten by surprise.
 */
@Command(name = "fix",
        description = "Clean files, folders or standard input with mtqa's suggested fixes (safe ones unless --unsafe). "
                + "Say where the cleaned text goes: --out DIR, --in-place, --dry-run or --stdout.",
        mixinStandardHelpOptions = true,
        sortOptions = false)
final class FixCommand implements Callable<Integer> {

    @CommandLine.Mixin
    CorpusOptions corpus = new CorpusOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Write cleaned copies under DIR, at the same relative paths.")
    Path out;

    @Option(names = "--in-place", description = "Replace each file with its cleaned text (atomically).")
    boolean inPlace;

    @Option(names = "--backup", description = "With --in-place: keep the original as FILE.bak.")
    boolean backup;

    @Option(names = "--dry-run", description = "Change nothing; print a unified diff of what would change.")
    boolean dryRun;

    @Option(names = "--stdout", description = "Print the cleaned text to standard output (one input).")
    boolean toStdout;

    @Option(names = "--unsafe", description = "Also apply fixes that need review (each finding's first suggestion).")
    boolean unsafe;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 when a finding at least this severe remains after fixing: error, warning, info or none "
                    + "(default: error).")
    FailOn failOn = FailOn.ERROR;

    private final MtqaCommand.Streams streams;

    FixCommand(MtqaCommand.Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        FixOutput output = output();
        Mtqa mtqa = corpus.mtqa();
        Inputs inputs = corpus.inputs(streams.in());
        int workers = corpus.workers();
        CorpusProfile profile = Mtqa.profile(inputs.list(corpus.paths), workers);
        PrintWriter report = dryRun || toStdout ? streams.errWriter() : streams.outWriter();
        FixTally tally = new FixTally(report);

        Iterator<Unit> units = units(inputs.sources(corpus.paths));
        new OrderedParallelRunner(workers).run(units, unit -> unit.fix(mtqa, profile, unsafe), done -> {
            try {
                done.writeTo(output, tally);
            } catch (IOException e) {
                tally.unwritable(done.source().path(), e.getMessage());
            }
        });
        output.close(tally);
        tally.summary();
        return exitCode(tally);
    }

    private FixOutput output() throws IOException {
        int modes = (out != null ? 1 : 0) + (inPlace ? 1 : 0) + (dryRun ? 1 : 0) + (toStdout ? 1 : 0);
        if (modes == 0) {
            throw new ConfigurationException("mtqa fix needs to know where the cleaned text goes: --out DIR, --in-place "
                    + "[--backup], --dry-run (print a diff) or --stdout. Nothing is overwritten by surprise.");
        }
        if (modes > 1) {
            throw new ConfigurationException("choose one of --out, --in-place, --dry-run and --stdout");
        }
        if (backup && !inPlace) {
            throw new ConfigurationException("--backup goes with --in-place");
        }
        if (toStdout) {
            return FixOutput.toStdout(streams.out());
        }
        if (dryRun) {
            return FixOutput.diff(streams.outWriter());
        }
        if (inPlace) {
            if (corpus.paths.contains("-")) {
                throw new ConfigurationException("standard input cannot be fixed in place; use --stdout or --out DIR");
            }
            return FixOutput.inPlace(backup);
        }
        return FixOutput.folder(out);
    }

    private int exitCode(FixTally tally) {
        if (tally.unreadable() > 0) {
            return ExitCodes.UNREADABLE_INPUT;
        }
        Severity threshold = failOn.threshold();
        return threshold != null && tally.remainingAtLeast(threshold) > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** One piece of work: a whole text file, or one line of a JSONL file. */
    private interface Unit {
        Done fix(Mtqa mtqa, CorpusProfile profile, boolean unsafe);
    }

    /** What a unit produced, handed to the output in input order. */
    interface Done {
        Source source();

        void writeTo(FixOutput output, FixTally tally) throws IOException;
    }

    private record WholeFile(Source source) implements Unit {
        @Override
        public Done fix(Mtqa mtqa, CorpusProfile profile, boolean unsafe) {
            Loaded loaded = source.items().next().load();
            if (loaded instanceof Loaded.Ok ok) {
                Document document = ok.document();
                return new FixedFile(source, document, mtqa.fix(document, profile, unsafe));
            }
            return new NotFixed(source, loaded);
        }
    }

    private record JsonlLine(JsonlFile.Line line) implements Unit {
        @Override
        public Done fix(Mtqa mtqa, CorpusProfile profile, boolean unsafe) {
            if (line.blank()) {
                return new FixedLine(line, null, null, null);
            }
            JsonlRecord record = line.record();
            Loaded loaded = record.load();
            if (!(loaded instanceof Loaded.Ok ok)) {
                return new FixedLine(line, record, loaded, null);
            }
            return new FixedLine(line, record, loaded, mtqa.fix(ok.document(), profile, unsafe));
        }
    }

    record FixedFile(Source source, Document document, Fixer.Outcome outcome) implements Done {
        @Override
        public void writeTo(FixOutput output, FixTally tally) throws IOException {
            output.whole(source, document, outcome.text());
            tally.file(source.path(), document, outcome);
        }
    }

    record NotFixed(Source source, Loaded loaded) implements Done {
        @Override
        public void writeTo(FixOutput output, FixTally tally) {
            tally.notFixed(loaded);
        }
    }

    /** A JSONL line: its record and outcome if it held one; blank and broken lines are copied as they are. */
    record FixedLine(JsonlFile.Line line, JsonlRecord record, Loaded loaded, Fixer.Outcome outcome) implements Done {
        @Override
        public Source source() {
            return line.file();
        }

        @Override
        public void writeTo(FixOutput output, FixTally tally) throws IOException {
            boolean changed = outcome != null && loaded instanceof Loaded.Ok ok && !outcome.text().equals(ok.document().text());
            output.line(line, changed ? record.withText(outcome.text()) : line.content());
            if (outcome != null) {
                tally.record(line.file().path(), outcome);
            } else if (loaded != null) {
                tally.notFixed(loaded);
            }
        }
    }

    /** Text files are one unit each; JSONL files are read line by line, each line a unit. */
    private static Iterator<Unit> units(Iterable<Source> sources) {
        Iterator<Source> each = sources.iterator();
        return new Iterator<>() {
            private Iterator<JsonlFile.Line> lines = Collections.emptyIterator();
            private Unit next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (lines.hasNext()) {
                        next = new JsonlLine(lines.next());
                    } else if (each.hasNext()) {
                        Source source = each.next();
                        if (source instanceof JsonlFile jsonl) {
                            try {
                                lines = jsonl.lines();
                            } catch (UncheckedIOException e) {
                                next = new WholeFile(new dev.mtqa.input.MissingInput(jsonl.path(), jsonl.relative(),
                                        e.getMessage()));
                            }
                        } else {
                            next = new WholeFile(source);
                        }
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public Unit next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Unit unit = next;
                next = null;
                return unit;
            }
        };
    }

    /** Findings per file, printed as each file finishes, and the totals. */
    static final class FixTally {
        private final PrintWriter report;
        private int files;
        private int applied;
        private int review;
        private int unreadable;
        private final Map<Severity, Integer> remaining = new EnumMap<>(Severity.class);
        private String jsonlPath;
        private int jsonlRecords;
        private int jsonlApplied;
        private int jsonlReview;

        FixTally(PrintWriter report) {
            this.report = report;
        }

        void file(String path, Document document, Fixer.Outcome outcome) {
            flushJsonl();
            files++;
            count(outcome);
            StringBuilder line = new StringBuilder(path + ": " + fixes(outcome.applied().size()) + " applied, "
                    + outcome.leftForReview().size() + " left for review");
            if (!outcome.rolledBack().isEmpty()) {
                line.append(", ").append(outcome.rolledBack().size()).append(" rolled back");
            }
            if (!outcome.conflicts().isEmpty()) {
                line.append(", ").append(outcome.conflicts().size()).append(" not applied (overlapping)");
            }
            String charset = document.decoded().charset();
            if (!charset.equals("UTF-8")) {
                line.append("; written as UTF-8 (read as ").append(charset).append(")");
            } else if (document.decoded().malformed() > 0) {
                line.append("; ").append(document.decoded().malformed()).append(" malformed bytes written as U+FFFD");
            }
            report.println(line);
            for (Fixer.RolledBack r : outcome.rolledBack()) {
                report.println("  rolled back " + r.edit().finding().rule() + " at " + r.edit().finding().line() + ":"
                        + r.edit().finding().column() + ": it made " + r.caused().rule() + " appear");
            }
            report.flush();
        }

        void record(String path, Fixer.Outcome outcome) {
            if (!path.equals(jsonlPath)) {
                flushJsonl();
                jsonlPath = path;
                files++;
            }
            count(outcome);
            jsonlRecords++;
            jsonlApplied += outcome.applied().size();
            jsonlReview += outcome.leftForReview().size();
        }

        private void count(Fixer.Outcome outcome) {
            applied += outcome.applied().size();
            review += outcome.leftForReview().size();
            for (Finding f : outcome.remaining()) {
                remaining.merge(f.severity(), 1, Integer::sum);
            }
        }

        void notFixed(Loaded loaded) {
            if (loaded instanceof Loaded.Failed failed) {
                unreadable++;
                report.println("mtqa: error: " + failed.path() + ": " + failed.reason());
            } else if (loaded instanceof Loaded.Skipped skipped) {
                report.println("mtqa: skipped " + skipped.path() + ": " + skipped.reason());
            }
            report.flush();
        }

        void unwritable(String path, String reason) {
            unreadable++;
            report.println("mtqa: error: cannot write the cleaned " + path + ": " + reason);
            report.flush();
        }

        private void flushJsonl() {
            if (jsonlPath != null) {
                report.println(jsonlPath + ": " + jsonlRecords + " records, " + fixes(jsonlApplied) + " applied, "
                        + jsonlReview + " left for review");
                report.flush();
                jsonlPath = null;
                jsonlRecords = 0;
                jsonlApplied = 0;
                jsonlReview = 0;
            }
        }

        void summary() {
            flushJsonl();
            report.println(files + (files == 1 ? " file" : " files") + ": " + fixes(applied) + " applied, " + review
                    + " left for review" + (unreadable > 0 ? ", " + unreadable + " unreadable" : ""));
            report.flush();
        }

        int unreadable() {
            return unreadable;
        }

        int remainingAtLeast(Severity threshold) {
            int n = 0;
            for (Map.Entry<Severity, Integer> e : remaining.entrySet()) {
                if (e.getKey().isAtLeast(threshold)) {
                    n += e.getValue();
                }
            }
            return n;
        }

        private static String fixes(int n) {
            return n + (n == 1 ? " fix" : " fixes");
        }
    }
}
