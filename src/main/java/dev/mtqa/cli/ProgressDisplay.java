package dev.mtqa.cli;

import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.finding.FileResult;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on standard error for long runs: documents done of the total the first pass
 * counted, megabytes, rate and time left. Shown only on a terminal (or when asked for), never in
 * CI logs or pipes, and never on standard output, which belongs to the report.
 */
final class ProgressDisplay implements AutoCloseable {
    private final PrintStream err;
    private final boolean enabled;
    private ProgressBar bar;
    private long characters;
    private long totalCharacters;

    ProgressDisplay(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Starts the bar once the first pass has counted the corpus. */
    void start(CorpusProfile profile) {
        if (!enabled || profile.documents() == 0) {
            return;
        }
        totalCharacters = profile.characters();
        bar = new ProgressBarBuilder()
                .setTaskName("checking")
                .setInitialMax(profile.documents())
                .setUnit(" docs", 1)
                .showSpeed()
                .setUpdateIntervalMillis(500)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
    }

    void done(FileResult result) {
        if (bar == null) {
            return;
        }
        if (result.text() != null) {
            characters += result.text().length();
        }
        bar.step();
        bar.setExtraMessage(String.format(Locale.ROOT, " %.1f/%.1f MB", characters / 1048576.0, totalCharacters / 1048576.0));
    }

    /** Whether the bar was shown: a run then says on the same terminal what it does after it. */
    boolean shown() {
        return bar != null;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
