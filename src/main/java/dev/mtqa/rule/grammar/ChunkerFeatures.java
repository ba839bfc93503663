package dev.mtqa.rule.grammar;

import opennlp.tools.chunker.DefaultChunkerContextGenerator;

/**
 * The features OpenNLP's phrase chunker asks its model about ({@link DefaultChunkerContextGenerator}
 * of OpenNLP 1.9.4), the same strings in the same order, split by what they read.
 *
 * <p>At each word the generator makes 41 features: first 19 from the words and part-of-speech
 * tags in a five-word window ({@link Window#wordFeatures}), then 3 from the candidate's last two
 * chunk tags ({@link #pairFeatures}), then 19 that put its last chunk tag ({@link #lastTag}) in
 * front of each of the 19 word features, in the order {@link #LAST_TAG_ORDER}. The first part is
 * the same for every candidate at a word, the second depends on nothing but the two tags, and
 * the third is the tag joined to a word feature, so a search can build and look up the word
 * features once per word and the rest once per model. A test checks that the parts, joined, are
 * the generator's own features.
 */
final class ChunkerFeatures {
    /** How many features read only the words and tags. */
    static final int WORD_FEATURES = 19;

    /**
     * The generator's last 19 features are the last chunk tag before each word feature, in this
     * order of the word features: the tag features first, then the word features.
     */
    static final int[] LAST_TAG_ORDER = {7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 0, 1, 2, 3, 4, 5, 6};

    /** The feature for the second-last chunk tag before the second word. */
    static final String NO_SECOND_LAST = "p_2=bos";
    /** The feature for the last chunk tag before the first word. */
    static final String NO_LAST = "p_1=bos";

    private final String[] tokens;
    private final String[] tags;

    ChunkerFeatures(String[] tokens, String[] tags) {
        this.tokens = tokens;
        this.tags = tags;
    }

    /** The five-word window around word {@code i}, as the generator names its parts. */
    Window at(int i) {
        boolean first = i < 1;
        boolean second = i < 2;
        return new Window(
                second ? "w_2=bos" : "w_2=" + tokens[i - 2],
                first ? "w_1=bos" : "w_1=" + tokens[i - 1],
                "w0=" + tokens[i],
                i + 1 >= tokens.length ? "w1=eos" : "w1=" + tokens[i + 1],
                i + 2 >= tokens.length ? "w2=eos" : "w2=" + tokens[i + 2],
                second ? "t_2=bos" : "t_2=" + tags[i - 2],
                first ? "t_1=bos" : "t_1=" + tags[i - 1],
                "t0=" + tags[i],
                i + 1 >= tokens.length ? "t1=eos" : "t1=" + tags[i + 1],
                i + 2 >= tokens.length ? "t2=eos" : "t2=" + tags[i + 2]);
    }

    /** The feature of a chunk tag as the candidate's last: {@code p_1=} and the tag. */
    static String lastTag(String tag) {
        return "p_1=" + tag;
    }

    /**
     * The feature of a chunk tag as the candidate's second-last: {@code p_2} and the tag, with no
     * {@code =} (so the generator names it, except before the second word, and the model was
     * trained so).
     */
    static String secondLastTag(String tag) {
        return "p_2" + tag;
    }

    /** The three features of the candidate's last two chunk tags at word {@code i}, in the generator's order. */
    static String[] pairFeatures(int i, String[] prior) {
        String secondLast = i < 2 ? NO_SECOND_LAST : secondLastTag(prior[i - 2]);
        String last = i < 1 ? NO_LAST : lastTag(prior[i - 1]);
        return pairFeatures(secondLast, last);
    }

    /** The three features of a pair of tag features: each alone, then both joined. */
    static String[] pairFeatures(String secondLast, String last) {
        return new String[] {secondLast, last, secondLast + last};
    }

    /** The words and tags around one word, each already prefixed with its feature name. */
    record Window(String w_2, String w_1, String w0, String w1, String w2,
                  String t_2, String t_1, String t0, String t1, String t2) {

        /** The 19 features of the words and tags alone, which every candidate shares. */
        String[] wordFeatures() {
            return new String[] {
                w_2, w_1, w0, w1, w2, w_1 + w0, w0 + w1,
                t_2, t_1, t0, t1, t2, t_2 + t_1, t_1 + t0, t0 + t1, t1 + t2,
                t_2 + t_1 + t0, t_1 + t0 + t1, t0 + t1 + t2,
            };
        }
    }
}
