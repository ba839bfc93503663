package dev.mtqa.rule.grammar;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.Prior;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorer's three steps give what the model's own {@code eval} gives, to the last bit, and so
 * does sharing the sums of a common first part of the features.
 */
class GisScorerTest {
    private static MaxentModel model;
    private static GisScorer scorer;
    private static List<String> known;

    @BeforeAll
    static void loadTheChunkerModel() throws Exception {
        model = LoadedChunker.classifier();
        scorer = GisScorer.of(model);
        assertThat(scorer).as("LanguageTool's chunker model is a GIS model with a uniform prior").isNotNull();
        known = new ArrayList<>();
        scorer.forEachFeature((name, weights) -> known.add(name));
        known.sort(null);
    }

    @Test
    void theScoresAreTheModelsOwnToTheLastBit() {
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            String[] features = randomFeatures(random, random.nextInt(45));
            double[] expected = model.eval(features);
            assertThat(eval(scorer, features)).as(Arrays.toString(features)).isEqualTo(expected);
        }
    }

    @Test
    void sumsOfACommonFirstPartCanBeShared() {
        Random random = new Random(12);
        for (int round = 0; round < 2_000; round++) {
            String[] first = randomFeatures(random, random.nextInt(20));
            double[] shared = scorer.start();
            GisScorer.add(shared, scorer.features(first));
            for (int question = 0; question < 3; question++) {
                String[] rest = randomFeatures(random, random.nextInt(25));
                double[] sums = shared.clone();
                for (String feature : rest) {
                    GisScorer.add(sums, scorer.feature(feature));
                }
                String[] all = Arrays.copyOf(first, first.length + rest.length);
                System.arraycopy(rest, 0, all, first.length, rest.length);
                assertThat(scorer.finish(sums)).isEqualTo(model.eval(all));
            }
        }
    }

    @Test
    void packedWeightsAddWhatTheirContextAdds() {
        Random random = new Random(13);
        for (int round = 0; round < 5_000; round++) {
            String[] features = randomFeatures(random, random.nextInt(45));
            double[] sums = scorer.start();
            for (String feature : features) {
                GisScorer.add(sums, GisScorer.pack(scorer.feature(feature)));
            }
            assertThat(scorer.finish(sums)).as(Arrays.toString(features)).isEqualTo(model.eval(features));
        }
        assertThat(GisScorer.pack(null)).isNull();
    }

    @Test
    void aModelWithAnotherPriorIsDeclined() {
        Context weights = new Context(new int[] {0, 1}, new double[] {0.5, -0.5});
        Prior leaning = new Prior() {
            @Override
            public void logPrior(double[] dist, int[] context) {
                logPrior(dist, context, null);
            }

            @Override
            public void logPrior(double[] dist, int[] context, float[] values) {
                dist[0] = Math.log(0.9);
                dist[1] = Math.log(0.1);
            }

            @Override
            public void logPrior(double[] dist, Context[] context, float[] values) {
                logPrior(dist, (int[]) null, values);
            }

            @Override
            public void setLabels(String[] outcomeLabels, String[] contextLabels) {
            }
        };
        GISModel uniform = new GISModel(new Context[] {weights}, new String[] {"f"}, new String[] {"a", "b"});
        GISModel leaningModel = new GISModel(new Context[] {weights}, new String[] {"f"}, new String[] {"a", "b"}, leaning);
        assertThat(GisScorer.of(uniform)).isNotNull();
        assertThat(eval(GisScorer.of(uniform), new String[] {"f", "g"})).isEqualTo(uniform.eval(new String[] {"f", "g"}));
        assertThat(GisScorer.of(leaningModel)).isNull();
        assertThat(GisScorer.of(null)).isNull();
    }

    /** What {@code model.eval(names)} answers, in the scorer's three steps. */
    private static double[] eval(GisScorer scorer, String[] names) {
        double[] sums = scorer.start();
        GisScorer.add(sums, scorer.features(names));
        return scorer.finish(sums);
    }

    /** Features the model knows, repeated ones and unknown ones, in random order. */
    private static String[] randomFeatures(Random random, int count) {
        String[] features = new String[count];
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            features[i] = kind == 0 ? "unknown=" + random.nextInt(5)
                    : kind == 1 && i > 0 ? features[random.nextInt(i)]
                    : known.get(random.nextInt(known.size()));
        }
        return features;
    }
}
