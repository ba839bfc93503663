package dev.mtqa.config;

import dev.mtqa.finding.Severity;

import java.util.Locale;

/**
 * What a user can set a rule or a category to: a severity, or {@code off}. The ids are part of the
 * configuration file's contract ({@code mtqa.yml}).
 */
public enum Level {
    OFF(null),
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO);

    /** The words a configuration may use, for messages. */
    public static final String EXPECTED = "off, error, warning or info";

    private final Severity severity;

    Level(Severity severity) {
        this.severity = severity;
    }

    /** The severity findings get at this level; null for {@link #OFF}. */
    public Severity severity() {
        return severity;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code off}, {@code error}, {@code warning} or {@code info}, case-insensitive. */
    public static Level parse(String id) {
        for (Level level : values()) {
            if (level.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level '" + id + "' (expected " + EXPECTED + ")");
    }

    @Override
    public String toString() {
        return id();
    }
}
