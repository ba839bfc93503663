package dev.mtqa.rule.grammar;

import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.TokenTag;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The phrase chunker's questions at one word after another ({@link ChunkerFeatures}), sharing
 * what the candidates have in common: the 19 word features are found ({@link ChunkerWindowWeights})
 * and summed once per word; a candidate's own features are found by the numbers of its last two chunk tags
 * ({@link ChunkerWeights}) and added to a copy of those sums, in the generator's order; and
 * candidates ending in the same two tags share one answer.
 */
final class ChunkerQuestions implements Questions {
    private final GisScorer scorer;
    private final ChunkerWeights weights;
    private final ChunkerWindowWeights.Sentence sentence;
    private final int beam;
    private int word = -1;
    private double[] wordSums;
    private final double[][][] afterLastTag = new double[ChunkerFeatures.WORD_FEATURES][][];
    private final ChunkerWeights.Word[] known = new ChunkerWeights.Word[ChunkerFeatures.WORD_FEATURES];
    private final KeptAnswers answers = new KeptAnswers();

    private ChunkerQuestions(GisScorer scorer, ChunkerWeights weights, ChunkerWindowWeights.Sentence sentence, int beam) {
        this.scorer = scorer;
        this.weights = weights;
        this.sentence = sentence;
        this.beam = beam;
    }

    /**
     * The chunker's questions for sentences of {@link TokenTag}s with OpenNLP's own generator,
     * when {@code model} is one {@link GisScorer} can read; otherwise a source of none.
     *
     * <p>Indexing the model's weights takes some 0.3 s of one core, so it is done beside the rest
     * of the start-up (LanguageTool's rules load meanwhile) and waited for at the first sentence.
     * Should it fail, the model is asked for every candidate, as OpenNLP does.
     */
    static Source source(MaxentModel model) {
        GisScorer scorer = GisScorer.of(model);
        if (scorer == null) {
            return Source.NONE;
        }
        CompletableFuture<Index> index = CompletableFuture.supplyAsync(() -> Index.of(model, scorer));
        return (sequence, generator, context, beam) -> {
            if (generator.getClass() != DefaultChunkerContextGenerator.class || !(sequence instanceof TokenTag[] tagged)) {
                return null;
            }
            Index ready;
            try {
                ready = index.join();
            } catch (CompletionException | CancellationException e) {
                return null;
            }
            return new ChunkerQuestions(scorer, ready.weights(),
                    ready.windows().sentence(TokenTag.extractTokens(tagged), TokenTag.extractTags(tagged)), beam);
        };
    }

    /** The model's weights, by tag number and by word. */
    private record Index(ChunkerWeights weights, ChunkerWindowWeights windows) {
        static Index of(MaxentModel model, GisScorer scorer) {
            ChunkerWeights weights = ChunkerWeights.of(model, scorer);
            return new Index(weights, ChunkerWindowWeights.of(weights));
        }
    }

    @Override
    public Answer ask(int i, SharingBeamSearch.Candidate top) {
        if (i != word) {
            moveTo(i);
        }
        int secondLast = i < 2 ? weights.noTag() : top.previous().outcome();
        int last = i < 1 ? weights.noTag() : top.outcome();
        int pair = weights.pairNumber(secondLast, last);
        Answer kept = answers.get(pair);
        if (kept != null) {
            return kept;
        }
        double[] sums = wordSums.clone();
        GisScorer.add(sums, weights.pair(secondLast, last));
        for (int j = 0; j < ChunkerFeatures.WORD_FEATURES; j++) {
            double[][] byTag = afterLastTag[ChunkerFeatures.LAST_TAG_ORDER[j]];
            GisScorer.add(sums, byTag == null ? null : byTag[last]);
        }
        return answers.put(pair, Answer.of(scorer.finish(sums), beam));
    }

    private void moveTo(int i) {
        word = i;
        sentence.wordFeatures(i, known);
        wordSums = scorer.start();
        for (int j = 0; j < known.length; j++) {
            GisScorer.add(wordSums, known[j].alone());
            afterLastTag[j] = known[j].afterLastTag();
        }
        answers.clear();
    }
}
