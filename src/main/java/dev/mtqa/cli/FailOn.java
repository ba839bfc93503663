package dev.mtqa.cli;

import dev.mtqa.finding.Severity;

/** The lowest severity that makes a run fail (exit code 1), or NONE to never fail on findings. */
enum FailOn {
    ERROR, WARNING, INFO, NONE;

    /** The threshold, or null for NONE. */
    Severity threshold() {
        return this == NONE ? null : Severity.valueOf(name());
    }
}
