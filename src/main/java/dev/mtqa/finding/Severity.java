package dev.mtqa.finding;

import java.util.Locale;

/** How bad a finding is. Ordered from most to least severe. */
public enum Severity {
    ERROR("error", "error"),
    WARNING("warning", "warning"),
    INFO("info", "note");

    private final String id;
    private final String sarifLevel;

    Severity(String id, String sarifLevel) {
        this.id = id;
        this.sarifLevel = sarifLevel;
    }

    /** The lower-case id used in output and configuration. */
    public String id() {
        return id;
    }

    /** The SARIF {@code level} this severity maps to. */
    public String sarifLevel() {
        return sarifLevel;
    }

    /** True when this severity is the same as or worse than {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses an id such as {@code warning}; case-insensitive. */
    public static Severity parse(String id) {
        for (Severity s : values()) {
            if (s.id.equals(id.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + id + "' (expected error, warning or info)");
    }

    @Override
    public String toString() {
        return id;
    }
}
