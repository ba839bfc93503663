package dev.mtqa.rule.grammar;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

import java.util.PriorityQueue;
import java.util.Queue;

/**
 * OpenNLP's beam search ({@code opennlp.tools.ml.BeamSearch} of OpenNLP 1.9.4, which LanguageTool's
 * English phrase chunker runs with a beam of 10 and its part-of-speech tagger with 3), step for
 * step, with the same answers and less work for each of them.
 *
 * <p>At each word OpenNLP extends the best candidate sequences: for each it builds the feature
 * generator's features, looks them up in its maximum-entropy model and scores every outcome;
 * then it copies the candidate's whole history into a new sequence for each outcome kept. But
 * most features read only the words, and the rest only the candidate's last two outcomes. So
 * here a {@link Questions.Source} that knows the generator ({@link ChunkerQuestions},
 * {@link TaggerQuestions}) builds, looks up and sums the word features once per word, and each
 * candidate adds only its own to a copy of those sums (the same additions in the same order, so
 * the same bits, {@link GisScorer}); candidates ending in the same two outcomes share one answer;
 * and a candidate is a link to the one it extends, not a copy of its history (only the sequences
 * returned are built as OpenNLP builds them). Everything else (the queues, their order, the
 * scores, the validator's answers, the pruning) is as in OpenNLP (a candidate's history is built
 * only for a validator that may read it, {@link OutcomeValidity}), so the chunks and tags, and
 * LanguageTool's findings, are the same (tests compare both searches on thousands of sentences,
 * probabilities and scores to the last bit). With a generator or model the source does not know,
 * the model is asked for every candidate, as OpenNLP does.
 *
 * <p>Immutable and safe to share between threads: each search keeps its answers on its own stack.
 *
 * @param <T> the elements of the sequences searched (OpenNLP's {@code TokenTag} for the chunker)
 */
final class SharingBeamSearch<T> implements SequenceClassificationModel<T> {
    /** OpenNLP's lowest sequence score still kept when none is asked for. */
    private static final double ZERO_LOG = -100000;
    private static final Object[] NO_CONTEXT = new Object[0];

    private final int size;
    private final MaxentModel model;
    private final Questions.Source questions;
    private final OutcomeValidity validity;

    /**
     * @param size      the beam: how many candidates are extended at each word
     * @param questions how to share the model's answers between candidates
     */
    SharingBeamSearch(int size, MaxentModel model, Questions.Source questions) {
        this.size = size;
        this.model = model;
        this.questions = questions;
        this.validity = new OutcomeValidity(model);
    }

    int beamSize() {
        return size;
    }

    MaxentModel model() {
        return model;
    }

    @Override
    public Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
                                 SequenceValidator<T> validator) {
        Sequence[] sequences = bestSequences(1, sequence, additionalContext, cg, validator);
        return sequences.length > 0 ? sequences[0] : null;
    }

    @Override
    public Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                    BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return bestSequences(numSequences, sequence, additionalContext, ZERO_LOG, cg, validator);
    }

    @Override
    public Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                    double minSequenceScore, BeamSearchContextGenerator<T> cg,
                                    SequenceValidator<T> validator) {
        Queue<Candidate> prev = new PriorityQueue<>(size);
        Queue<Candidate> next = new PriorityQueue<>(size);
        prev.add(Candidate.EMPTY);
        Questions asked = questionsFor(sequence, additionalContext == null ? NO_CONTEXT : additionalContext, cg);
        boolean readsHistory = OutcomeValidity.readsHistory(validator);
        for (int i = 0; i < sequence.length; i++) {
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Candidate top = prev.remove();
                String[] history = readsHistory ? top.outcomes() : null;
                Questions.Answer answer = asked.ask(i, top);
                double[] scores = answer.scores();
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= answer.least()) {
                        extend(top, i, sequence, history, p, scores[p], minSequenceScore, validator, next);
                    }
                }
                if (next.isEmpty()) {
                    // No candidate survived the pruning: extend by every valid outcome.
                    for (int p = 0; p < scores.length; p++) {
                        extend(top, i, sequence, history, p, scores[p], minSequenceScore, validator, next);
                    }
                }
            }
            prev.clear();
            Queue<Candidate> swap = prev;
            prev = next;
            next = swap;
        }
        int count = Math.min(numSequences, prev.size());
        Sequence[] best = new Sequence[count];
        for (int s = 0; s < count; s++) {
            best[s] = prev.remove().toSequence();
        }
        return best;
    }

    private void extend(Candidate top, int i, T[] sequence, String[] history, int p, double score,
                        double minSequenceScore, SequenceValidator<T> validator, Queue<Candidate> next) {
        if (validity.valid(validator, i, sequence, top, history, p)) {
            Candidate extended = top.extend(model.getOutcome(p), p, score);
            if (extended.score > minSequenceScore) {
                next.add(extended);
            }
        }
    }

    /** The questions of the source for this sentence, or else the model asked for every candidate. */
    private Questions questionsFor(T[] sequence, Object[] context, BeamSearchContextGenerator<T> cg) {
        Questions shared = questions.forSentence(sequence, cg, context, size);
        return shared != null ? shared
                : (i, top) -> Questions.Answer.of(model.eval(cg.getContext(i, sequence, top.outcomes(), context)), size);
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        return outcomes;
    }

    /**
     * A candidate sequence as a link to the one it extends: extending costs one object, where
     * OpenNLP's {@link Sequence} copies the whole history. Ordered as OpenNLP orders sequences
     * (best score first), so the queues pick the same ones.
     */
    static final class Candidate implements Comparable<Candidate> {
        static final Candidate EMPTY = new Candidate(null, null, -1, 1.0, 0.0, 0);

        private final Candidate previous;
        private final String name;
        /** The last outcome's number in the model. */
        private final int outcome;
        private final double probability;
        private final double score;
        private final int length;

        private Candidate(Candidate previous, String name, int outcome, double probability, double score, int length) {
            this.previous = previous;
            this.name = name;
            this.outcome = outcome;
            this.probability = probability;
            this.score = score;
            this.length = length;
        }

        /** The candidate this one extends (null for the empty one). */
        Candidate previous() {
            return previous;
        }

        /** The number of its last outcome in the model (-1 for the empty candidate). */
        int outcome() {
            return outcome;
        }

        /** As {@code new Sequence(this, name, probability)} scores it. */
        Candidate extend(String next, int number, double p) {
            return new Candidate(this, next, number, p, score + StrictMath.log(p), length + 1);
        }

        String[] outcomes() {
            String[] outcomes = new String[length];
            for (Candidate c = this; c.length > 0; c = c.previous) {
                outcomes[c.length - 1] = c.name;
            }
            return outcomes;
        }

        /** The same sequence as OpenNLP would have built: outcomes, probabilities, score. */
        Sequence toSequence() {
            Candidate[] path = new Candidate[length];
            for (Candidate c = this; c.length > 0; c = c.previous) {
                path[c.length - 1] = c;
            }
            Sequence sequence = new Sequence();
            for (Candidate step : path) {
                sequence.add(step.name, step.probability);
            }
            return sequence;
        }

        @Override
        public int compareTo(Candidate other) {
            return Double.compare(other.score, score);
        }
    }
}
