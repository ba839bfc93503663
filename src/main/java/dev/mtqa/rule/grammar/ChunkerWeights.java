package dev.mtqa.rule.grammar;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The chunker model's weights for the features of a candidate ({@link ChunkerFeatures}), found
 * once per model instead of once per candidate and word.
 *
 * <p>A candidate's features are its last two chunk tags alone and joined, and its last tag in
 * front of each of the word's 19 word features. The first three depend on nothing but the two
 * tags, so they are looked up here for every pair of the model's tags. For the others, every
 * feature the model knows that starts with a last-tag feature ({@code p_1=} and a tag) is filed
 * under the rest of its name, per tag: looking a word feature up here gives its weights after
 * each tag at once, with the word feature's string hashed once (and the word feature itself is
 * looked up with the same string). Both give exactly what looking up the joined string gives:
 * the weights of the feature of that name, or none when the model has no feature of that name.
 *
 * <p>A word feature's own weights and its weights after each tag are kept in one entry
 * ({@link Word}), so that each word feature costs one lookup: the model's table of 108,000
 * features is far larger than the processor's caches, and its lookups were a tenth of a full
 * check's time. For the same reason every weight is kept {@link GisScorer#pack packed}, one
 * array where the model reads three objects.
 *
 * <p>Tags are numbered as the model numbers its outcomes; {@link #noTag()} stands for the
 * sentence's start (the generator's {@code p_2=bos} and {@code p_1=bos}). Immutable; safe to
 * share between threads.
 */
final class ChunkerWeights {
    private final int noTag;
    private final double[][][] pairs;
    private final Map<String, Word> words;

    /**
     * What the model knows of one word feature: its own weights (null: the model does not know it
     * alone) and, by tag number ({@link #noTag()} included), its weights after that last tag
     * (null: the model knows it after no tag).
     */
    record Word(double[] alone, double[][] afterLastTag) {
        /** A word feature the model knows in no form. */
        static final Word UNKNOWN = new Word(null, null);
    }

    private ChunkerWeights(int noTag, double[][][] pairs, Map<String, Word> words) {
        this.noTag = noTag;
        this.pairs = pairs;
        this.words = words;
    }

    /** Indexes {@code model}'s weights, read through {@code scorer} (the scorer of that model). */
    static ChunkerWeights of(MaxentModel model, GisScorer scorer) {
        int tags = model.getNumOutcomes();
        String[] last = new String[tags + 1];
        String[] secondLast = new String[tags + 1];
        for (int t = 0; t < tags; t++) {
            last[t] = ChunkerFeatures.lastTag(model.getOutcome(t));
            secondLast[t] = ChunkerFeatures.secondLastTag(model.getOutcome(t));
        }
        last[tags] = ChunkerFeatures.NO_LAST;
        secondLast[tags] = ChunkerFeatures.NO_SECOND_LAST;
        double[][][] pairs = new double[(tags + 1) * (tags + 1)][][];
        Map<Context, double[]> packed = new IdentityHashMap<>();
        for (int s = 0; s <= tags; s++) {
            for (int l = 0; l <= tags; l++) {
                Context[] found = scorer.features(ChunkerFeatures.pairFeatures(secondLast[s], last[l]));
                double[][] pair = new double[found.length][];
                for (int k = 0; k < found.length; k++) {
                    pair[k] = pack(found[k], packed);
                }
                pairs[s * (tags + 1) + l] = pair;
            }
        }
        Map<String, double[][]> afterLastTag = new HashMap<>();
        String lastTagPrefix = ChunkerFeatures.lastTag("");
        scorer.forEachFeature((name, weights) -> {
            for (int t = 0; t <= tags && name.startsWith(lastTagPrefix); t++) {
                if (name.startsWith(last[t])) {
                    afterLastTag.computeIfAbsent(name.substring(last[t].length()), rest -> new double[tags + 1][])[t] =
                            pack(weights, packed);
                }
            }
        });
        Map<String, Word> words = new HashMap<>();
        scorer.forEachFeature((name, weights) -> words.put(name, new Word(pack(weights, packed), afterLastTag.get(name))));
        afterLastTag.forEach((name, byTag) -> words.putIfAbsent(name, new Word(null, byTag)));
        return new ChunkerWeights(tags, pairs, words);
    }

    /** One packed copy of each Context, however many features share it. */
    private static double[] pack(Context weights, Map<Context, double[]> packed) {
        return weights == null ? null : packed.computeIfAbsent(weights, GisScorer::pack);
    }

    /** The number that stands for "no tag": before the first word (last) or the second (second-last). */
    int noTag() {
        return noTag;
    }

    /** What the model knows of a word feature, alone and after each last tag. */
    Word word(String feature) {
        return words.getOrDefault(feature, Word.UNKNOWN);
    }

    /** Calls {@code action} with every word feature's name and what the model knows of it (never {@link Word#UNKNOWN}). */
    void forEachWord(BiConsumer<String, Word> action) {
        words.forEach(action);
    }

    /** One number for a pair of tag numbers ({@link #noTag()} included), from 0 up. */
    int pairNumber(int secondLast, int last) {
        return secondLast * (noTag + 1) + last;
    }

    /** The weights of the three features of a candidate's last two tags, in the generator's order, packed. */
    double[][] pair(int secondLast, int last) {
        return pairs[pairNumber(secondLast, last)];
    }

}
