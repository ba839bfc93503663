package dev.mtqa.rule.grammar;

import opennlp.tools.chunker.DefaultChunkerSequenceValidator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.util.SequenceValidator;

/**
 * Whether an outcome may follow a candidate, as the search's {@link SequenceValidator} says, with
 * the candidate's history built only for a validator that may read it.
 *
 * <p>OpenNLP hands the validator the candidate's whole history as a fresh array for every
 * outcome tried. The two validators of LanguageTool's English chunker read less (OpenNLP 1.9.4's
 * code): the chunker's ({@link DefaultChunkerSequenceValidator}) only the last outcome, so its
 * answer for every pair of outcomes is asked once per model and kept in a table; the tagger's
 * ({@link DefaultPOSSequenceValidator}) only the word and the outcome, so it is asked with no
 * history. Only those exact classes are trusted so (a subclass may read more); any other
 * validator gets the history as OpenNLP gives it. A test compares the answers with the
 * validators' own for every pair of the chunker's outcomes.
 */
final class OutcomeValidity {
    private static final String[] NO_HISTORY = new String[0];

    private final MaxentModel model;
    /** The chunker validator's answer for outcome {@code p} after {@code last}: {@code [(last + 1) * outcomes + p]}. */
    private final boolean[] chunkFollows;

    OutcomeValidity(MaxentModel model) {
        this.model = model;
        int outcomes = model.getNumOutcomes();
        DefaultChunkerSequenceValidator chunks = new DefaultChunkerSequenceValidator();
        chunkFollows = new boolean[(outcomes + 1) * outcomes];
        for (int last = -1; last < outcomes; last++) {
            String[] history = last < 0 ? NO_HISTORY : new String[] {model.getOutcome(last)};
            for (int p = 0; p < outcomes; p++) {
                chunkFollows[(last + 1) * outcomes + p] = chunks.validSequence(0, null, history, model.getOutcome(p));
            }
        }
    }

    /** Whether {@code validator} needs the candidate's history to answer (it is neither of the two known). */
    static boolean readsHistory(SequenceValidator<?> validator) {
        return validator.getClass() != DefaultChunkerSequenceValidator.class
                && validator.getClass() != DefaultPOSSequenceValidator.class;
    }

    /**
     * Whether outcome {@code p} may follow {@code top} at word {@code i}.
     *
     * @param history {@code top}'s outcomes, when {@link #readsHistory} says the validator reads them; else ignored
     */
    <T> boolean valid(SequenceValidator<T> validator, int i, T[] sequence, SharingBeamSearch.Candidate top,
                      String[] history, int p) {
        if (validator.getClass() == DefaultChunkerSequenceValidator.class) {
            return chunkFollows[(top.outcome() + 1) * model.getNumOutcomes() + p];
        }
        return validator.validSequence(i, sequence, readsHistory(validator) ? history : NO_HISTORY, model.getOutcome(p));
    }
}
