package dev.mtqa.rule.grammar;

import dev.mtqa.RandomText;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weights found by tag number are the weights found by looking up the joined feature name
 * (packed), for every tag and for word features the model knows and does not know.
 */
class ChunkerWeightsTest {
    private static MaxentModel model;
    private static GisScorer scorer;
    private static ChunkerWeights weights;

    @BeforeAll
    static void loadTheChunkerModel() throws Exception {
        model = LoadedChunker.classifier();
        scorer = GisScorer.of(model);
        weights = ChunkerWeights.of(model, scorer);
    }

    @Test
    void aLastTagBeforeAWordFeatureIsTheJoinedFeature() {
        for (String wordFeature : wordFeatures()) {
            double[][] byTag = weights.word(wordFeature).afterLastTag();
            assertThat(weights.word(wordFeature).alone()).as(wordFeature).isEqualTo(GisScorer.pack(scorer.feature(wordFeature)));
            for (int t = 0; t <= weights.noTag(); t++) {
                Context joined = scorer.feature(lastTagFeature(t) + wordFeature);
                assertThat(byTag == null ? null : byTag[t]).as(lastTagFeature(t) + wordFeature).isEqualTo(GisScorer.pack(joined));
            }
        }
    }

    @Test
    void aPairOfTagsIsItsThreeFeatures() {
        for (int s = 0; s <= weights.noTag(); s++) {
            String secondLast = s == weights.noTag() ? ChunkerFeatures.NO_SECOND_LAST
                    : ChunkerFeatures.secondLastTag(model.getOutcome(s));
            for (int l = 0; l <= weights.noTag(); l++) {
                Context[] joined = scorer.features(ChunkerFeatures.pairFeatures(secondLast, lastTagFeature(l)));
                assertThat(weights.pair(s, l).length).isEqualTo(joined.length);
                for (int k = 0; k < joined.length; k++) {
                    assertThat(weights.pair(s, l)[k]).isEqualTo(GisScorer.pack(joined[k]));
                }
            }
        }
    }

    @Test
    void theSearchFindsSomeLastTagFeaturesThisWay() {
        // Guards the test above against passing on a model whose features all came out missing.
        long found = wordFeatures().stream().filter(f -> weights.word(f).afterLastTag() != null).count();
        assertThat(found).isGreaterThan(50);
    }

    private static String lastTagFeature(int t) {
        return t == weights.noTag() ? ChunkerFeatures.NO_LAST : ChunkerFeatures.lastTag(model.getOutcome(t));
    }

    /** The word features of real and random sentences, at every word. */
    private static List<String> wordFeatures() {
        List<String[]> sentences = new ArrayList<>();
        sentences.add("The talks resumed in Kyiv on Monday , officials said .".split(" "));
        sentences.add("He said that the city 's mayor would not attend .".split(" "));
        Random random = new Random(5);
        for (int k = 0; k < 50; k++) {
            String[] words = new String[1 + random.nextInt(6)];
            for (int i = 0; i < words.length; i++) {
                words[i] = random.nextBoolean() ? "the" : RandomText.of(random, "aeinst=.", 1 + random.nextInt(5));
            }
            sentences.add(words);
        }
        String[] tagSet = {"DT", "NNS", "VBD", "IN", "NNP", ",", "NN", "POS", "MD", "RB", "VB", "."};
        List<String> features = new ArrayList<>();
        for (String[] words : sentences) {
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                tags[i] = tagSet[(i * 7 + words[i].length()) % tagSet.length];
            }
            ChunkerFeatures chunker = new ChunkerFeatures(words, tags);
            for (int i = 0; i < words.length; i++) {
                features.addAll(List.of(chunker.at(i).wordFeatures()));
            }
        }
        return features;
    }
}
