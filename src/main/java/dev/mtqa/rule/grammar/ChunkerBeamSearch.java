package dev.mtqa.rule.grammar;

import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;

/**
 * OpenNLP's beam search ({@code opennlp.tools.ml.BeamSearch} of OpenNLP 1.9.4, which LanguageTool's
 * English phrase chunker runs with a beam of 10), step for step, with one difference: at each
 * word the model is asked once per distinct question instead of once per candidate sequence.
 *
 * <p>The chunker's features at a word ({@link DefaultChunkerContextGenerator}) are the words and
 * part-of-speech tags around it and the candidate's last two chunk tags, nothing else of the
 * candidate. Of the ten candidates extended at a word, most share their last two tags, so
 * OpenNLP builds the same thirty feature strings and evaluates the same maximum-entropy model
 * again and again; here the answer for a pair of tags is kept for the rest of that word.
 * Everything else (the queues, their order, the scores, the validator, the pruning) is as in
 * OpenNLP, so the chunks, and LanguageTool's findings, are the same (a test compares both
 * searches sentence by sentence). For any other context generator, whose features might read
 * more of the candidate, nothing is kept and the search is OpenNLP's own.
 *
 * <p>Immutable and safe to share between threads: each search keeps its answers on its own stack.
 *
 * @param <T> the elements of the sequences searched (OpenNLP's {@code TokenTag} for the chunker)
 */
final class ChunkerBeamSearch<T> implements SequenceClassificationModel<T> {
    /** OpenNLP's lowest sequence score still kept when none is asked for. */
    private static final double ZERO_LOG = -100000;
    private static final Object[] NO_CONTEXT = new Object[0];

    private final int size;
    private final MaxentModel model;

    ChunkerBeamSearch(int size, MaxentModel model) {
        this.size = size;
        this.model = model;
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
        Queue<Sequence> prev = new PriorityQueue<>(size);
        Queue<Sequence> next = new PriorityQueue<>(size);
        prev.add(new Sequence());
        Object[] context = additionalContext == null ? NO_CONTEXT : additionalContext;
        // Exactly OpenNLP's own generator: a subclass might read more of the candidate.
        boolean lastTwoTagsDecide = cg.getClass() == DefaultChunkerContextGenerator.class;
        double[] probs = new double[model.getNumOutcomes()];
        for (int i = 0; i < sequence.length; i++) {
            int sz = Math.min(size, prev.size());
            Answers answers = lastTwoTagsDecide ? new Answers() : null;
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Sequence top = prev.remove();
                List<String> topOutcomes = top.getOutcomes();
                String[] outcomes = topOutcomes.toArray(new String[0]);
                double[] scores = answers == null ? null : answers.get(outcomes);
                if (scores == null) {
                    scores = model.eval(cg.getContext(i, sequence, outcomes, context), probs);
                    if (answers != null) {
                        scores = scores.clone();
                        answers.put(outcomes, scores);
                    }
                }
                double[] sorted = scores.clone();
                Arrays.sort(sorted);
                double min = sorted[Math.max(0, scores.length - size)];
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        extend(top, i, sequence, outcomes, p, scores[p], minSequenceScore, validator, next);
                    }
                }
                if (next.isEmpty()) {
                    // No candidate survived the pruning: extend by every valid outcome.
                    for (int p = 0; p < scores.length; p++) {
                        extend(top, i, sequence, outcomes, p, scores[p], minSequenceScore, validator, next);
                    }
                }
            }
            prev.clear();
            Queue<Sequence> swap = prev;
            prev = next;
            next = swap;
        }
        int count = Math.min(numSequences, prev.size());
        Sequence[] best = new Sequence[count];
        for (int s = 0; s < count; s++) {
            best[s] = prev.remove();
        }
        return best;
    }

    private void extend(Sequence top, int i, T[] sequence, String[] outcomes, int p, double score,
                        double minSequenceScore, SequenceValidator<T> validator, Queue<Sequence> next) {
        String out = model.getOutcome(p);
        if (validator.validSequence(i, sequence, outcomes, out)) {
            Sequence extended = new Sequence(top, out, score);
            if (extended.getScore() > minSequenceScore) {
                next.add(extended);
            }
        }
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        return outcomes;
    }

    /** The model's answers at one word, by the candidate's last two chunk tags (at most a beam's worth). */
    private static final class Answers {
        private final List<String> secondLast = new ArrayList<>(4);
        private final List<String> last = new ArrayList<>(4);
        private final List<double[]> scores = new ArrayList<>(4);

        double[] get(String[] outcomes) {
            String a = tag(outcomes, 2);
            String b = tag(outcomes, 1);
            for (int k = 0; k < scores.size(); k++) {
                if (same(secondLast.get(k), a) && same(last.get(k), b)) {
                    return scores.get(k);
                }
            }
            return null;
        }

        void put(String[] outcomes, double[] answer) {
            secondLast.add(tag(outcomes, 2));
            last.add(tag(outcomes, 1));
            scores.add(answer);
        }

        private static String tag(String[] outcomes, int back) {
            return outcomes.length >= back ? outcomes[outcomes.length - back] : null;
        }

        private static boolean same(String x, String y) {
            return x == null ? y == null : x.equals(y);
        }
    }
}
