package dev.mtqa.rule.grammar;

import opennlp.tools.util.BeamSearchContextGenerator;

import java.util.Arrays;

/**
 * What a {@link SharingBeamSearch} asks its model about each candidate at a word, for one
 * sentence: an implementation knows which of a feature generator's features a candidate decides
 * and keeps what candidates share (the other features' weights and sums, whole answers).
 */
interface Questions {
    /**
     * The model's probabilities for the outcome after {@code top} at {@code word}.
     *
     * @param outcomes {@code top}'s outcomes so far, as the feature generator takes them
     */
    Answer ask(int word, SharingBeamSearch.Candidate top, String[] outcomes);

    /** Sets up the questions of one sentence. */
    @FunctionalInterface
    interface Source {
        /**
         * Questions for {@code sequence}, or null when {@code generator} is not the one this
         * source knows (a subclass might read more of a candidate): then the model is asked for
         * every candidate, as OpenNLP does.
         */
        Questions forSentence(Object[] sequence, BeamSearchContextGenerator<?> generator, Object[] context, int beam);
    }

    /**
     * The model's probability for each outcome, and the least of them that the beam keeps
     * (OpenNLP's {@code min}: the beam's size-th largest, or the smallest when there are fewer).
     */
    record Answer(double[] scores, double least) {
        static Answer of(double[] scores, int beam) {
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            return new Answer(scores, sorted[Math.max(0, scores.length - beam)]);
        }
    }
}
