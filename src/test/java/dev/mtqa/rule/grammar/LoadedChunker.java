package dev.mtqa.rule.grammar;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.model.MaxentModel;
import org.languagetool.Language;
import org.languagetool.Languages;

/** LanguageTool's English chunker model, as the tests of its search take it. */
final class LoadedChunker {
    private LoadedChunker() {
    }

    /** The chunker's maximum-entropy classifier, whether or not mtqa's search is installed around it. */
    @SuppressWarnings("deprecation") // getChunkerModel(): the bare classifier is what the searches take
    static MaxentModel classifier() throws ReflectiveOperationException {
        ChunkerModel model = loaded();
        return model.getChunkerSequenceModel() instanceof ChunkerBeamSearch<?> installed
                ? installed.model() : model.getChunkerModel();
    }

    /** The beam the chunker searches with. */
    static int beam() throws ReflectiveOperationException {
        return loaded().getChunkerSequenceModel() instanceof ChunkerBeamSearch<?> installed
                ? installed.beamSize() : ChunkerME.DEFAULT_BEAM_SIZE;
    }

    private static ChunkerModel loaded() throws ReflectiveOperationException {
        Language english = Languages.getLanguageForShortCode("en-US");
        english.getChunker();
        return EnglishChunkerSpeedUp.loadedModel();
    }
}
