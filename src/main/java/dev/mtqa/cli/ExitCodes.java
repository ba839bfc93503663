package dev.mtqa.cli;

/** The exit codes of design.md: a public contract that CI pipelines rely on. */
final class ExitCodes {
    /** No finding at or above {@code --fail-on}. */
    static final int OK = 0;
    /** Findings at or above {@code --fail-on}. */
    static final int FINDINGS = 1;
    /** Bad arguments or configuration; the message says what and where. */
    static final int USAGE = 2;
    /** An input could not be read at all. */
    static final int UNREADABLE_INPUT = 3;

    private ExitCodes() {
    }
}
