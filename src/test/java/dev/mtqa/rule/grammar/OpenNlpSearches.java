package dev.mtqa.rule.grammar;

import org.languagetool.Language;

/**
 * Switches LanguageTool's English tagger and chunker between OpenNLP's own beam search and
 * mtqa's {@link SharingBeamSearch}, for benchmarks that time both in one process.
 */
public final class OpenNlpSearches {
    private OpenNlpSearches() {
    }

    /** mtqa's searches (as every check installs them); true when they are in place. */
    public static boolean useMtqas(Language english) {
        return EnglishChunkerSpeedUp.install(english);
    }

    /** OpenNLP's own searches, as LanguageTool ships them. */
    public static void useOpenNlps(Language english) throws ReflectiveOperationException {
        english.getChunker();
        EnglishChunkerSpeedUp.restoreOpenNlpSearch();
    }
}
