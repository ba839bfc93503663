package dev.mtqa.rule.grammar;

import dev.mtqa.RandomText;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weights found by tag number and by word are, at every word, the weights of the 19 names
 * the generator builds there, for real sentences and for random words and tags: tags the model
 * never saw, words spelt like the generator's {@code bos} and {@code eos}, and words holding a
 * feature's prefix.
 */
class ChunkerWindowWeightsTest {
    private static ChunkerWeights weights;
    private static ChunkerWindowWeights windows;

    @BeforeAll
    static void loadTheChunkerModel() throws Exception {
        MaxentModel model = LoadedChunker.classifier();
        weights = ChunkerWeights.of(model, GisScorer.of(model));
        windows = ChunkerWindowWeights.of(weights);
    }

    @Test
    void everyWordFeatureIsTheOneItsNameFinds() {
        List<String[][]> sentences = new ArrayList<>();
        sentences.add(new String[][] {
            "The talks resumed in Kyiv on Monday , officials said .".split(" "),
            "DT NNS VBD IN NNP IN NNP , NNS VBD .".split(" ")});
        sentences.add(new String[][] {"Run".split(" "), "VB".split(" ")});
        String[] words = {"the", "bos", "eos", "w0=the", "aw1=b", "Kyiv", ",", "said", "zzq"};
        String[] tags = {"DT", "NNS", "VBD", "IN", "NNP", ",", "NN", "POS", "bos", "eos", "XYZ", "t1=NN", "."};
        Random random = new Random(11);
        for (int k = 0; k < 2_000; k++) {
            int length = 1 + random.nextInt(12);
            String[] w = new String[length];
            String[] t = new String[length];
            for (int i = 0; i < length; i++) {
                w[i] = random.nextInt(4) == 0 ? RandomText.of(random, "abw01=_", 1 + random.nextInt(5))
                        : words[random.nextInt(words.length)];
                t[i] = tags[random.nextInt(tags.length)];
            }
            sentences.add(new String[][] {w, t});
        }
        int compared = 0;
        for (String[][] sentence : sentences) {
            ChunkerFeatures names = new ChunkerFeatures(sentence[0], sentence[1]);
            ChunkerWindowWeights.Sentence found = windows.sentence(sentence[0], sentence[1]);
            ChunkerWeights.Word[] into = new ChunkerWeights.Word[ChunkerFeatures.WORD_FEATURES];
            for (int i = 0; i < sentence[0].length; i++) {
                found.wordFeatures(i, into);
                String[] byName = names.at(i).wordFeatures();
                for (int j = 0; j < byName.length; j++) {
                    assertThat(into[j]).as(byName[j]).isSameAs(weights.word(byName[j]));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100_000);
    }

    @Test
    void theTaggersTagsHaveNumbers() {
        // Guards the test above against a model read so that every tag fell back to its name.
        assertThat(windows.tags()).isBetween(30, 120);
    }
}
