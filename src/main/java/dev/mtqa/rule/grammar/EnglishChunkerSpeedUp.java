package dev.mtqa.rule.grammar;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.model.BaseModel;
import org.languagetool.Language;
import org.languagetool.chunking.EnglishChunker;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Puts {@link ChunkerBeamSearch} under LanguageTool's English phrase chunker: the same chunks for
 * about half the chunker's work, and the chunker is half of a full check's time.
 *
 * <p>There is no public way in. LanguageTool's {@link EnglishChunker} builds a new
 * {@link ChunkerME} per sentence from a {@link ChunkerModel} it keeps in a private static field,
 * and {@code ChunkerME} takes its search from the model: OpenNLP's own beam search around the
 * model's maximum-entropy classifier, unless the model holds a sequence model of its own. OpenNLP
 * 1.9.4 offers a constructor for such a model but then refuses it ({@code validateArtifactMap}
 * wants its own classifier), so this class swaps the classifier for the search in the loaded
 * model's artifacts, by reflection, once per process. Should either library change so that this
 * no longer fits (a field renamed, the classifier of another kind), nothing is changed and the
 * chunker runs as before, only slower; a test fails then, so that an upgrade does not lose the
 * speed silently.
 */
final class EnglishChunkerSpeedUp {
    /** The artifact name under which a {@link ChunkerModel} keeps its classifier. */
    private static final String CHUNKER_ARTIFACT = "chunker.model";

    private EnglishChunkerSpeedUp() {
    }

    /**
     * Installs the search for every English variant at once (LanguageTool's chunker models are
     * shared by all of them); asking again does nothing.
     *
     * @param language an English {@link Language}; its chunker is created if it was not yet,
     *                 which loads the models
     * @return true when the chunker now uses {@link ChunkerBeamSearch}
     */
    static synchronized boolean install(Language language) {
        // Creating the chunker loads LanguageTool's models into EnglishChunker's static fields.
        language.getChunker();
        try {
            ChunkerModel model = loadedModel();
            Map<String, Object> artifacts = artifactsOf(model);
            if (artifacts != null && artifacts.get(CHUNKER_ARTIFACT) instanceof MaxentModel classifier) {
                artifacts.put(CHUNKER_ARTIFACT, new ChunkerBeamSearch<>(beamSize(model), classifier));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
        return installed();
    }

    /**
     * Puts OpenNLP's own search back, so that a test can compare LanguageTool's chunks under both
     * searches in one process; {@link #install} undoes it.
     */
    static synchronized void restoreOpenNlpSearch() throws ReflectiveOperationException {
        Map<String, Object> artifacts = artifactsOf(loadedModel());
        if (artifacts != null && artifacts.get(CHUNKER_ARTIFACT) instanceof ChunkerBeamSearch<?> search) {
            artifacts.put(CHUNKER_ARTIFACT, search.model());
        }
    }

    /** True when LanguageTool's English chunker searches with {@link ChunkerBeamSearch}. */
    static synchronized boolean installed() {
        try {
            Map<String, Object> artifacts = artifactsOf(loadedModel());
            return artifacts != null && artifacts.get(CHUNKER_ARTIFACT) instanceof ChunkerBeamSearch;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The model LanguageTool's English chunker has loaded, or null before it has. */
    static ChunkerModel loadedModel() throws ReflectiveOperationException {
        Field field = EnglishChunker.class.getDeclaredField("chunkerModel");
        field.setAccessible(true);
        return field.get(null) instanceof ChunkerModel model ? model : null;
    }

    /** The model's artifacts, by name (the live map, not a copy); null for no model. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> artifactsOf(ChunkerModel model) throws ReflectiveOperationException {
        if (model == null) {
            return null;
        }
        Field field = BaseModel.class.getDeclaredField("artifactMap");
        field.setAccessible(true);
        return (Map<String, Object>) field.get(model);
    }

    /**
     * The beam OpenNLP would use: the model's own {@value BeamSearch#BEAM_SIZE_PARAMETER}, else
     * {@link ChunkerME#DEFAULT_BEAM_SIZE}, as {@code ChunkerModel.getChunkerSequenceModel()} decides.
     */
    private static int beamSize(ChunkerModel model) {
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return beam == null ? ChunkerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    }
}
