package dev.mtqa.rule.grammar;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;

/**
 * Switches LanguageTool's part-of-speech hints ({@link PosHintSpeedUp}) on, for benchmarks that
 * time LanguageTool with and without them in one process.
 */
public final class PosHintSwitch {
    private PosHintSwitch() {
    }

    /** Hints for the language's disambiguation rules and the tool's pattern rules; true when both are in place. */
    public static boolean useHints(Language language, JLanguageTool tool) {
        return PosHintSpeedUp.install(language) && PosHintSpeedUp.install(tool);
    }

    /** No hints for the language's disambiguation rules (a new tool has none for its pattern rules). */
    public static void noHints(Language language) throws ReflectiveOperationException {
        PosHintSpeedUp.uninstall(language);
    }
}
