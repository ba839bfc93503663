package dev.mtqa.rule.grammar;

import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.model.BaseModel;
import org.languagetool.Language;
import org.languagetool.chunking.EnglishChunker;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.Function;

/**
 * Puts {@link SharingBeamSearch} under LanguageTool's English phrase chunker, for both of the
 * OpenNLP models it runs in turn with a beam search, the part-of-speech tagger and the chunker:
 * the same tags and chunks for a fraction of the work, and the chunker was half of a full check's
 * time.
 *
 * <p>There is no public way in. LanguageTool's {@link EnglishChunker} builds a new
 * {@link POSTaggerME} and {@link ChunkerME} per sentence from models it keeps in private static
 * fields, and each takes its search from its model: OpenNLP's own beam search around the model's
 * maximum-entropy classifier, unless the model holds a sequence model of its own. OpenNLP 1.9.4
 * offers a constructor for such a model but then refuses it ({@code validateArtifactMap} wants
 * its own classifier), so this class swaps the classifier for the search in the loaded models'
 * artifacts, by reflection, once per process. Should either library change so that this no
 * longer fits (a field renamed, a classifier of another kind), nothing is changed and the
 * chunker runs as before, only slower; a test fails then, so that an upgrade does not lose the
 * speed silently.
 */
final class EnglishChunkerSpeedUp {
    /** The artifact name under which a {@link ChunkerModel} keeps its classifier. */
    private static final String CHUNKER_ARTIFACT = "chunker.model";
    /** The artifact name under which a {@link POSModel} keeps its classifier. */
    private static final String TAGGER_ARTIFACT = "pos.model";

    private EnglishChunkerSpeedUp() {
    }

    /**
     * Installs the searches for every English variant at once (LanguageTool's chunker models are
     * shared by all of them); asking again does nothing.
     *
     * @param language an English {@link Language}; its chunker is created if it was not yet,
     *                 which loads the models
     * @return true when the tagger and the chunker now use {@link SharingBeamSearch}
     */
    static synchronized boolean install(Language language) {
        // Creating the chunker loads LanguageTool's models into EnglishChunker's static fields.
        language.getChunker();
        try {
            ChunkerModel chunker = loadedModel();
            swap(chunker, CHUNKER_ARTIFACT, beamSize(chunker, ChunkerME.DEFAULT_BEAM_SIZE), ChunkerQuestions::source);
            POSModel tagger = loadedTagger();
            swap(tagger, TAGGER_ARTIFACT, beamSize(tagger, POSTaggerME.DEFAULT_BEAM_SIZE), TaggerQuestions::source);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
        return installed();
    }

    /**
     * Puts OpenNLP's own searches back, so that a test can compare LanguageTool's chunks under both
     * searches in one process; {@link #install} undoes it.
     */
    static synchronized void restoreOpenNlpSearch() throws ReflectiveOperationException {
        restore(loadedModel(), CHUNKER_ARTIFACT);
        restore(loadedTagger(), TAGGER_ARTIFACT);
    }

    /** True when LanguageTool's English tagger and chunker both search with {@link SharingBeamSearch}. */
    static synchronized boolean installed() {
        try {
            return searches(loadedModel(), CHUNKER_ARTIFACT) && searches(loadedTagger(), TAGGER_ARTIFACT);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The chunker model LanguageTool's English chunker has loaded, or null before it has. */
    static ChunkerModel loadedModel() throws ReflectiveOperationException {
        return staticField("chunkerModel") instanceof ChunkerModel model ? model : null;
    }

    /** The part-of-speech model LanguageTool's English chunker has loaded, or null before it has. */
    static POSModel loadedTagger() throws ReflectiveOperationException {
        return staticField("posModel") instanceof POSModel model ? model : null;
    }

    private static Object staticField(String name) throws ReflectiveOperationException {
        Field field = EnglishChunker.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }

    private static void swap(BaseModel model, String artifact, int beam,
                             Function<MaxentModel, Questions.Source> questions) throws ReflectiveOperationException {
        Map<String, Object> artifacts = artifactsOf(model);
        if (artifacts != null && artifacts.get(artifact) instanceof MaxentModel classifier) {
            artifacts.put(artifact, new SharingBeamSearch<>(beam, classifier, questions.apply(classifier)));
        }
    }

    private static boolean searches(BaseModel model, String artifact) throws ReflectiveOperationException {
        Map<String, Object> artifacts = artifactsOf(model);
        return artifacts != null && artifacts.get(artifact) instanceof SharingBeamSearch;
    }

    private static void restore(BaseModel model, String artifact) throws ReflectiveOperationException {
        Map<String, Object> artifacts = artifactsOf(model);
        if (artifacts != null && artifacts.get(artifact) instanceof SharingBeamSearch<?> search) {
            artifacts.put(artifact, search.model());
        }
    }

    /** The model's artifacts, by name (the live map, not a copy); null for no model. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> artifactsOf(BaseModel model) throws ReflectiveOperationException {
        if (model == null) {
            return null;
        }
        Field field = BaseModel.class.getDeclaredField("artifactMap");
        field.setAccessible(true);
        return (Map<String, Object>) field.get(model);
    }

    /**
     * The beam OpenNLP would use: the model's own {@value BeamSearch#BEAM_SIZE_PARAMETER}, else the
     * tool's default, as {@code getChunkerSequenceModel()} and {@code getPosSequenceModel()} decide.
     */
    private static int beamSize(BaseModel model, int otherwise) {
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return beam == null ? otherwise : Integer.parseInt(beam);
    }
}
