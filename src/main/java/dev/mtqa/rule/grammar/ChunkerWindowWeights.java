package dev.mtqa.rule.grammar;

import dev.mtqa.rule.grammar.ChunkerWeights.Word;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The weights of the 19 word features at a word ({@link ChunkerFeatures.Window#wordFeatures}),
 * found mostly without building or hashing their names.
 *
 * <p>Of the 19, twelve read nothing but part-of-speech tags: five one tag, four two, three three.
 * The chunker's tags come from a set of some fifty, so the model's features of that kind are filed
 * once per model, by the numbers of their tags, in arrays (the three-tag ones some 290,000
 * entries, most of them the same "unknown"). Five read one word each ({@code w_2=} to {@code w2=}
 * and the word): the five weights of a word are filed under the word, so each word of a sentence
 * costs one lookup instead of five. The two that join two words are looked up by name, as before.
 * A word whose tag is outside the set (the tagger's tags are all in it; a test's need not be)
 * falls back to the names for its window's tag features.
 *
 * <p>Exact by construction: every entry is what {@link ChunkerWeights#word} gives for the very
 * name the generator would build from those tags or that word (so a word spelt {@code bos}, or
 * one holding {@code w0=}, finds what its name finds). Immutable; safe to share between threads.
 */
final class ChunkerWindowWeights {
    /** Where each of the 19 word features sits, in {@link ChunkerFeatures.Window#wordFeatures}' order. */
    private static final int W_2 = 0;
    private static final int W_1_W0 = 5;
    private static final int W0_W1 = 6;
    private static final int T_2 = 7;
    private static final int T_2_T_1 = 12;
    private static final int T_2_T_1_T0 = 16;
    private static final String[] WORD_PREFIXES = {"w_2=", "w_1=", "w0=", "w1=", "w2="};
    private static final String[] TAG_PREFIXES = {"t_2=", "t_1=", "t0=", "t1=", "t2="};
    private static final String BEFORE_FIRST = "bos";
    private static final String AFTER_LAST = "eos";
    private static final int UNKNOWN_TAG = -1;

    private final ChunkerWeights weights;
    private final Map<String, Word[]> wordAlone;
    private final Word[] unknownWord;
    private final Map<String, Integer> tagNumbers;
    private final int tags;
    private final Word[] oneTag;
    private final Word[] twoTags;
    private final Word[] threeTags;

    private ChunkerWindowWeights(ChunkerWeights weights, Map<String, Word[]> wordAlone,
                                 Map<String, Integer> tagNumbers, Word[] oneTag, Word[] twoTags, Word[] threeTags) {
        this.weights = weights;
        this.wordAlone = wordAlone;
        this.unknownWord = unknownWords();
        this.tagNumbers = tagNumbers;
        this.tags = tagNumbers.size();
        this.oneTag = oneTag;
        this.twoTags = twoTags;
        this.threeTags = threeTags;
    }

    /**
     * Indexes {@code weights} by word and by tag number. The tags are those the model knows as a
     * word's own ({@code t0=} and a tag without {@code =}), and {@code bos} and {@code eos}, which
     * stand before the first word and after the last. Which tags get numbers decides only the speed:
     * any other tag is looked up by name.
     */
    static ChunkerWindowWeights of(ChunkerWeights weights) {
        Map<String, Word[]> wordAlone = new HashMap<>();
        Map<String, Integer> tagNumbers = new HashMap<>();
        tagNumbers.put(BEFORE_FIRST, 0);
        tagNumbers.put(AFTER_LAST, 1);
        String ownTag = TAG_PREFIXES[2];
        weights.forEachWord((name, word) -> {
            for (int k = 0; k < WORD_PREFIXES.length; k++) {
                if (name.startsWith(WORD_PREFIXES[k])) {
                    wordAlone.computeIfAbsent(name.substring(WORD_PREFIXES[k].length()), w -> unknownWords())[k] = word;
                }
            }
            // Only a tag alone: the rest of t0t1 and t0t1t2 features would be no tag the tagger gives.
            if (name.startsWith(ownTag) && name.indexOf('=', ownTag.length()) < 0) {
                tagNumbers.putIfAbsent(name.substring(ownTag.length()), tagNumbers.size());
            }
        });
        int n = tagNumbers.size();
        Word[][] byTags = {unknown(TAG_PREFIXES.length * n), unknown(4 * n * n), unknown(3 * n * n * n)};
        weights.forEachWord((name, word) -> {
            for (int k = 0; k < TAG_PREFIXES.length; k++) {
                if (name.startsWith(TAG_PREFIXES[k])) {
                    fileByTags(name, word, k, TAG_PREFIXES[k].length(), k, 0, tagNumbers, byTags);
                }
            }
        });
        return new ChunkerWindowWeights(weights, wordAlone, tagNumbers, byTags[0], byTags[1], byTags[2]);
    }

    /**
     * Files {@code word} under every way the rest of its name, from {@code from}, reads as tags
     * joined by the tag prefixes after the {@code k}th (should a prefix occur more than once, each
     * split is tried), so that an entry is set exactly when its own name is a feature.
     * {@code number} is the entry's number so far: the first prefix's, then each tag read appended
     * (times the tags, plus the tag); {@code read} how many tags it holds.
     */
    private static void fileByTags(String name, Word word, int k, int from, int number, int read,
                                   Map<String, Integer> tagNumbers, Word[][] byTags) {
        int n = tagNumbers.size();
        Integer last = tagNumbers.get(name.substring(from));
        if (last != null) {
            byTags[read][number * n + last] = word;
        }
        int next = k + read + 1;
        if (read + 1 == byTags.length || next == TAG_PREFIXES.length) {
            return;
        }
        for (int p = name.indexOf(TAG_PREFIXES[next], from); p >= 0; p = name.indexOf(TAG_PREFIXES[next], p + 1)) {
            Integer tag = tagNumbers.get(name.substring(from, p));
            if (tag != null) {
                fileByTags(name, word, k, p + TAG_PREFIXES[next].length(), number * n + tag, read + 1, tagNumbers, byTags);
            }
        }
    }

    private static Word[] unknownWords() {
        return unknown(WORD_PREFIXES.length);
    }

    private static Word[] unknown(int length) {
        Word[] words = new Word[length];
        Arrays.fill(words, Word.UNKNOWN);
        return words;
    }

    /** How many tags have numbers ({@code bos} and {@code eos} included). */
    int tags() {
        return tags;
    }

    /** The weights at each word of one sentence of words and their part-of-speech tags. */
    Sentence sentence(String[] tokens, String[] posTags) {
        return new Sentence(tokens, posTags);
    }

    /** One sentence's words, looked up once each. Not safe to share between threads. */
    final class Sentence {
        private final String[] tokens;
        private final ChunkerFeatures names;
        private final Word[][] alone;
        /** Tag numbers, shifted by two: [0, 1] before the first word, then the words', then two after the last. */
        private final int[] tagAt;
        private final Word[] beforeFirst;
        private final Word[] afterLast;

        private Sentence(String[] tokens, String[] posTags) {
            this.tokens = tokens;
            this.names = new ChunkerFeatures(tokens, posTags);
            this.alone = new Word[tokens.length][];
            this.tagAt = new int[tokens.length + 4];
            this.beforeFirst = wordAlone.getOrDefault(BEFORE_FIRST, unknownWord);
            this.afterLast = wordAlone.getOrDefault(AFTER_LAST, unknownWord);
            tagAt[0] = tagAt[1] = tagNumbers.get(BEFORE_FIRST);
            tagAt[tokens.length + 2] = tagAt[tokens.length + 3] = tagNumbers.get(AFTER_LAST);
            for (int i = 0; i < tokens.length; i++) {
                alone[i] = wordAlone.getOrDefault(tokens[i], unknownWord);
                tagAt[i + 2] = tagNumbers.getOrDefault(posTags[i], UNKNOWN_TAG);
            }
        }

        /** Puts the weights of the 19 word features at word {@code i} into {@code into}, in the generator's order. */
        void wordFeatures(int i, Word[] into) {
            for (int k = 0; k < WORD_PREFIXES.length; k++) {
                int at = i + k - 2;
                Word[] word = at < 0 ? beforeFirst : at >= tokens.length ? afterLast : alone[at];
                into[W_2 + k] = word[k];
            }
            String w0 = WORD_PREFIXES[2] + tokens[i];
            into[W_1_W0] = weights.word((i < 1 ? WORD_PREFIXES[1] + BEFORE_FIRST : WORD_PREFIXES[1] + tokens[i - 1]) + w0);
            into[W0_W1] = weights.word(w0 + (i + 1 >= tokens.length
                    ? WORD_PREFIXES[3] + AFTER_LAST : WORD_PREFIXES[3] + tokens[i + 1]));
            int a = tagAt[i];
            int b = tagAt[i + 1];
            int c = tagAt[i + 2];
            int d = tagAt[i + 3];
            int e = tagAt[i + 4];
            if ((a | b | c | d | e) < 0) {
                String[] byName = names.at(i).wordFeatures();
                for (int j = T_2; j < byName.length; j++) {
                    into[j] = weights.word(byName[j]);
                }
                return;
            }
            int n = tags;
            into[T_2] = oneTag[a];
            into[T_2 + 1] = oneTag[n + b];
            into[T_2 + 2] = oneTag[2 * n + c];
            into[T_2 + 3] = oneTag[3 * n + d];
            into[T_2 + 4] = oneTag[4 * n + e];
            into[T_2_T_1] = twoTags[a * n + b];
            into[T_2_T_1 + 1] = twoTags[(n + b) * n + c];
            into[T_2_T_1 + 2] = twoTags[(2 * n + c) * n + d];
            into[T_2_T_1 + 3] = twoTags[(3 * n + d) * n + e];
            into[T_2_T_1_T0] = threeTags[(a * n + b) * n + c];
            into[T_2_T_1_T0 + 1] = threeTags[((n + b) * n + c) * n + d];
            into[T_2_T_1_T0 + 2] = threeTags[((2 * n + c) * n + d) * n + e];
        }
    }
}
