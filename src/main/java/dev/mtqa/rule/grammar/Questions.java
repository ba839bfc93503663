package dev.mtqa.rule.grammar;

import opennlp.tools.util.BeamSearchContextGenerator;

/**
 * What a {@link SharingBeamSearch} asks its model about each candidate at a word, for one
 * sentence: an implementation knows which of a feature generator's features a candidate decides
 * and keeps what candidates share (the other features' weights and sums, whole answers).
 */
interface Questions {
    /**
     * The model's probabilities for the outcome after {@code top} at {@code word}
     * ({@link SharingBeamSearch.Candidate#outcomes()} gives its outcomes so far, as the feature
     * generator takes them, should the question need them all).
     */
    Answer ask(int word, SharingBeamSearch.Candidate top);

    /** Sets up the questions of one sentence. */
    @FunctionalInterface
    interface Source {
        /** A source of no questions: every candidate is asked the model, as OpenNLP does. */
        Source NONE = (sequence, generator, context, beam) -> null;

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
            return new Answer(scores, least(scores, beam));
        }

        /**
         * What OpenNLP computes as {@code sorted[max(0, n - beam)]} after sorting a copy of the
         * scores, without the sort: the smallest of the {@code beam} largest, in the order
         * {@code Arrays.sort} uses ({@link Double#compare}), so the same value to the bit.
         */
        static double least(double[] scores, int beam) {
            if (beam >= scores.length) {
                double least = scores[0];
                for (double score : scores) {
                    least = Double.compare(score, least) < 0 ? score : least;
                }
                return least;
            }
            // The beam largest so far, ascending: largest[0] is the one to beat.
            double[] largest = new double[beam];
            int kept = 0;
            for (double score : scores) {
                if (kept < beam) {
                    int k = kept++;
                    for (; k > 0 && Double.compare(largest[k - 1], score) > 0; k--) {
                        largest[k] = largest[k - 1];
                    }
                    largest[k] = score;
                } else if (Double.compare(score, largest[0]) > 0) {
                    int k = 0;
                    for (; k + 1 < beam && Double.compare(largest[k + 1], score) < 0; k++) {
                        largest[k] = largest[k + 1];
                    }
                    largest[k] = score;
                }
            }
            return largest[0];
        }
    }
}
