package dev.mtqa.cli;

import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Whether this process's standard error is a terminal, which decides whether a progress bar is
 * drawn there. {@code System.console()} cannot tell: it is null as soon as standard output is
 * redirected, which is how corpus runs are made ({@code mtqa check corpus.jsonl --format json >
 * findings.json}), and such runs are the ones that need the bar. JLine (which the progress bar
 * library already brings) asks the system itself ({@code test -t 2}, inheriting this process's
 * standard error); where that is not possible, the answer falls back to {@code System.console()}.
 */
final class StandardError {
    private StandardError() {
    }

    static boolean isTerminal() {
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (Exception | LinkageError e) {
            return System.console() != null;
        }
    }
}
