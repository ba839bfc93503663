package dev.mtqa.rule.grammar;

import dev.mtqa.RandomText;
import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chunker's features in their three parts, joined, are exactly OpenNLP's own: same strings,
 * same order, at every word of random sentences of every length from one word up.
 */
class ChunkerFeaturesTest {
    private static final String[] TAGS = {"NN", "NNP", "VBD", "DT", "IN", "JJ", ",", ".", "``", "PRP$"};
    private static final String[] CHUNKS = {"B-NP", "I-NP", "B-VP", "I-VP", "B-PP", "O", "B-ADJP"};

    @Test
    void thePartsJoinedAreTheGeneratorsFeatures() {
        Random random = new Random(7);
        DefaultChunkerContextGenerator generator = new DefaultChunkerContextGenerator();
        for (int round = 0; round < 2_000; round++) {
            int length = 1 + random.nextInt(7);
            String[] tokens = new String[length];
            String[] tags = new String[length];
            String[] prior = new String[length];
            for (int i = 0; i < length; i++) {
                // Letters, punctuation, the generator's own "=" and non-Latin-1 text.
                tokens[i] = RandomText.of(random, "ab=Z.\u201c\u0416", 1 + random.nextInt(4));
                tags[i] = TAGS[random.nextInt(TAGS.length)];
                prior[i] = CHUNKS[random.nextInt(CHUNKS.length)];
            }
            ChunkerFeatures features = new ChunkerFeatures(tokens, tags);
            for (int i = 0; i < length; i++) {
                String[] candidate = Arrays.copyOf(prior, i);
                assertThat(joined(features, i, candidate))
                        .isEqualTo(List.of(generator.getContext(i, tokens, tags, candidate)));
            }
        }
    }

    @Test
    void theLastTagOrderNamesEachWordFeatureOnce() {
        assertThat(ChunkerFeatures.LAST_TAG_ORDER).hasSize(ChunkerFeatures.WORD_FEATURES).doesNotHaveDuplicates();
        assertThat(Arrays.stream(ChunkerFeatures.LAST_TAG_ORDER))
                .allMatch(j -> j >= 0 && j < ChunkerFeatures.WORD_FEATURES);
    }

    private static List<String> joined(ChunkerFeatures features, int i, String[] prior) {
        String[] words = features.at(i).wordFeatures();
        assertThat(words).hasSize(ChunkerFeatures.WORD_FEATURES);
        List<String> all = new ArrayList<>(List.of(words));
        all.addAll(List.of(ChunkerFeatures.pairFeatures(i, prior)));
        String last = i < 1 ? ChunkerFeatures.NO_LAST : ChunkerFeatures.lastTag(prior[i - 1]);
        for (int j : ChunkerFeatures.LAST_TAG_ORDER) {
            all.add(last + words[j]);
        }
        return all;
    }
}
