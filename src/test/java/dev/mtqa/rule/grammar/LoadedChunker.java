package dev.mtqa.rule.grammar;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import org.languagetool.Language;
import org.languagetool.Languages;

/** LanguageTool's English chunker and tagger models, as the tests of their search take them. */
final class LoadedChunker {
    private LoadedChunker() {
    }

    /** The chunker's maximum-entropy classifier, whether or not mtqa's search is installed around it. */
    @SuppressWarnings("deprecation") // getChunkerModel(): the bare classifier is what the searches take
    static MaxentModel classifier() throws ReflectiveOperationException {
        ChunkerModel model = loaded();
        return model.getChunkerSequenceModel() instanceof SharingBeamSearch<?> installed
                ? installed.model() : model.getChunkerModel();
    }

    /** The beam the chunker searches with. */
    static int beam() throws ReflectiveOperationException {
        return loaded().getChunkerSequenceModel() instanceof SharingBeamSearch<?> installed
                ? installed.beamSize() : ChunkerME.DEFAULT_BEAM_SIZE;
    }

    /** The part-of-speech tagger's classifier, whether or not mtqa's search is installed around it. */
    @SuppressWarnings("deprecation") // getPosModel(): the bare classifier is what the searches take
    static MaxentModel taggerClassifier() throws ReflectiveOperationException {
        loaded();
        POSModel model = EnglishChunkerSpeedUp.loadedTagger();
        return model.getPosSequenceModel() instanceof SharingBeamSearch<?> installed
                ? installed.model() : model.getPosModel();
    }

    /** The part-of-speech model, for its feature generator and validator. */
    static POSModel tagger() throws ReflectiveOperationException {
        loaded();
        return EnglishChunkerSpeedUp.loadedTagger();
    }

    private static ChunkerModel loaded() throws ReflectiveOperationException {
        Language english = Languages.getLanguageForShortCode("en-US");
        english.getChunker();
        return EnglishChunkerSpeedUp.loadedModel();
    }
}
