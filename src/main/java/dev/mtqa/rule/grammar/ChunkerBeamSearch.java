package dev.mtqa.rule.grammar;

import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.TokenTag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Queue;

/**
 * OpenNLP's beam search ({@code opennlp.tools.ml.BeamSearch} of OpenNLP 1.9.4, which LanguageTool's
 * English phrase chunker runs with a beam of 10), step for step, with the same answers and less
 * work for each of them.
 *
 * <p>At each word OpenNLP extends the ten best candidate sequences: for each it builds the
 * chunker's 41 features, looks them up in its maximum-entropy model and scores every chunk tag;
 * then it copies the candidate's whole history into a new sequence for each tag kept. Of the
 * features ({@link ChunkerFeatures}), 19 read only the words and part-of-speech tags around the
 * word and the rest the candidate's last two chunk tags, nothing else of it. So here, with
 * OpenNLP's own feature generator and a model {@link GisScorer} can read:
 * <ul>
 *   <li>the word features are built, looked up and summed once per word, and each candidate
 *       adds only its own features to a copy of those sums (the same additions in the same
 *       order, so the same bits);</li>
 *   <li>candidates ending in the same two chunk tags share one answer, and those ending in the
 *       same tag share the look-up of the 19 features of that tag;</li>
 *   <li>a candidate is a link to the one it extends, not a copy of its history; only the
 *       sequences returned are built as OpenNLP builds them.</li>
 * </ul>
 * Everything else (the queues, their order, the scores, the validator, the pruning) is as in
 * OpenNLP, so the chunks, and LanguageTool's findings, are the same (a test compares both
 * searches on thousands of sentences, probabilities and scores to the last bit). With any other
 * feature generator, whose features might read more of the candidate, or another kind of
 * model, the model is asked for every candidate, as OpenNLP does.
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
    private final GisScorer scorer;
    private final ChunkerWeights weights;

    ChunkerBeamSearch(int size, MaxentModel model) {
        this.size = size;
        this.model = model;
        this.scorer = GisScorer.of(model);
        this.weights = scorer == null ? null : ChunkerWeights.of(model, scorer);
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
        Questions questions = questionsFor(sequence, additionalContext == null ? NO_CONTEXT : additionalContext, cg);
        for (int i = 0; i < sequence.length; i++) {
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Candidate top = prev.remove();
                String[] outcomes = top.outcomes();
                Answer answer = questions.ask(i, top, outcomes);
                double[] scores = answer.scores();
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= answer.least()) {
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

    private void extend(Candidate top, int i, T[] sequence, String[] outcomes, int p, double score,
                        double minSequenceScore, SequenceValidator<T> validator, Queue<Candidate> next) {
        String out = model.getOutcome(p);
        if (validator.validSequence(i, sequence, outcomes, out)) {
            Candidate extended = top.extend(out, p, score);
            if (extended.score > minSequenceScore) {
                next.add(extended);
            }
        }
    }

    /** The chunker's own questions when this search can share their parts, else the model asked each time. */
    private Questions questionsFor(T[] sequence, Object[] context, BeamSearchContextGenerator<T> cg) {
        // Exactly OpenNLP's own generator: a subclass might read more of the candidate.
        if (weights != null && cg.getClass() == DefaultChunkerContextGenerator.class
                && sequence instanceof TokenTag[] tagged) {
            return new ChunkerQuestions(new ChunkerFeatures(TokenTag.extractTokens(tagged), TokenTag.extractTags(tagged)));
        }
        return (i, top, outcomes) -> Answer.of(model.eval(cg.getContext(i, sequence, outcomes, context)), size);
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        return outcomes;
    }

    /** The model's answer for a candidate at a word. */
    private interface Questions {
        Answer ask(int word, Candidate top, String[] outcomes);
    }

    /**
     * The model's probability for each chunk tag, and the least of them that the beam keeps
     * (OpenNLP's {@code min}: the beam's size-th largest).
     */
    private record Answer(double[] scores, double least) {
        static Answer of(double[] scores, int size) {
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            return new Answer(scores, sorted[Math.max(0, scores.length - size)]);
        }
    }

    /**
     * The chunker's questions at one word after another, sharing what the candidates have in
     * common: the word features' sums for all, the whole answer per last two tags. Only the word
     * features are looked up by name; the candidates' features by the numbers of their tags
     * ({@link ChunkerWeights}).
     */
    private final class ChunkerQuestions implements Questions {
        private final ChunkerFeatures features;
        private int word = -1;
        private double[] wordSums;
        private final Context[][] afterLastTag = new Context[ChunkerFeatures.WORD_FEATURES][];
        private final List<Integer> asked = new ArrayList<>(4);
        private final List<Answer> answers = new ArrayList<>(4);

        ChunkerQuestions(ChunkerFeatures features) {
            this.features = features;
        }

        @Override
        public Answer ask(int i, Candidate top, String[] outcomes) {
            if (i != word) {
                moveTo(i);
            }
            int secondLast = i < 2 ? weights.noTag() : top.previous.outcome;
            int last = i < 1 ? weights.noTag() : top.outcome;
            int pair = secondLast * (weights.noTag() + 1) + last;
            for (int k = 0; k < asked.size(); k++) {
                if (asked.get(k) == pair) {
                    return answers.get(k);
                }
            }
            double[] sums = wordSums.clone();
            GisScorer.add(sums, weights.pair(secondLast, last));
            for (int j = 0; j < ChunkerFeatures.WORD_FEATURES; j++) {
                Context[] byTag = afterLastTag[ChunkerFeatures.LAST_TAG_ORDER[j]];
                GisScorer.add(sums, byTag == null ? null : byTag[last]);
            }
            Answer answer = Answer.of(scorer.finish(sums), size);
            asked.add(pair);
            answers.add(answer);
            return answer;
        }

        private void moveTo(int i) {
            word = i;
            String[] names = features.at(i).wordFeatures();
            wordSums = scorer.start();
            for (int j = 0; j < names.length; j++) {
                GisScorer.add(wordSums, weights.word(names[j]));
                afterLastTag[j] = weights.afterLastTag(names[j]);
            }
            asked.clear();
            answers.clear();
        }
    }

    /**
     * A candidate sequence as a link to the one it extends: extending costs one object, where
     * OpenNLP's {@link Sequence} copies the whole history. Ordered as OpenNLP orders sequences
     * (best score first), so the queues pick the same ones.
     */
    private static final class Candidate implements Comparable<Candidate> {
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
