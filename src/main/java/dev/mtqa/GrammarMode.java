package dev.mtqa;

import java.util.Locale;

/**
 * How much of LanguageTool a check runs. LanguageTool is nearly all of a full check's time, and
 * a third of that goes to one step of its sentence analysis, the phrase chunker; {@link #FAST}
 * leaves that step out.
 */
public enum GrammarMode {
    /** LanguageTool with its complete sentence analysis. */
    FULL,
    /**
     * LanguageTool without its phrase chunker: about twice as fast; the pattern rules that look
     * for noun or verb phrases ("this things", "return back") then miss some errors.
     */
    FAST,
    /** No LanguageTool: mtqa's own rules only, for triage. */
    OFF;

    /** Parses {@code full}, {@code fast} or {@code off}, in any case. */
    public static GrammarMode parse(String value) {
        for (GrammarMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown grammar mode '" + value + "' (expected full, fast or off)");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
