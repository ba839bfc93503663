package dev.mtqa.rule.grammar;

import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.DefaultPOSContextGenerator;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * The part-of-speech tagger's word features ({@link DefaultPOSContextGenerator} of OpenNLP 1.9.4),
 * found once per word and kept for the next sentences that use the word: one thread's, since the
 * tagger runs on each worker.
 *
 * <p>Of the generator's features at a word, all but the two tag features are functions of one
 * word each: {@code default}, {@code w=} and the word's prefixes, suffixes, hyphen, capital and
 * digit (only for words outside the model's dictionary) are the word's own; {@code p=} the word
 * before, {@code pp=} the one before that, {@code n=} the next and {@code nn=} the one after it,
 * with {@code *SB*} before the sentence and {@code *SE*} after it. So each word's own features
 * are summed once ({@link Word#own}, the prior's log probabilities plus their weights in the
 * generator's order: the same additions as at every occurrence) and the weights of the four
 * names it takes as a neighbour looked up once; a word's turn in a sentence then costs one
 * lookup instead of the generator's dozen strings and their lookups. The own features come from
 * the generator itself (asked about the word alone), so its dictionary and its tests of the word
 * stay its own; only the neighbour names are spelled here, and a test compares every tagging
 * with OpenNLP's own.
 */
final class TaggerWordWeights {
    /** Words kept before the table starts afresh: news text's commonest words fill most of it. */
    private static final int MAX_WORDS = 20_000;
    private static final String BEGIN = "*SB*";
    private static final String END = "*SE*";
    private static final Field DICTIONARY = PrivateFields.find(DefaultPOSContextGenerator.class, "dict");
    private static final String[] NO_TAGS = new String[0];

    /**
     * One word's part: its own features' sums, and the weights of the features it makes as the word
     * before ({@code p=}), the one before that ({@code pp=}), the next ({@code n=}) and the one after
     * it ({@code nn=}); null where the model has no such feature.
     */
    record Word(double[] own, Context previous, Context beforePrevious, Context next, Context afterNext) {
    }

    private final GisScorer scorer;
    private final Map<String, Word> words = new HashMap<>();
    private final Word begin;
    private final Word end;
    /** The dictionary the kept words' own features were found with. */
    private Object dictionary;

    private TaggerWordWeights(GisScorer scorer) {
        this.scorer = scorer;
        this.begin = neighbour(BEGIN);
        this.end = neighbour(END);
    }

    /** A table for one thread, or null when the generator's dictionary cannot be read (another OpenNLP). */
    static TaggerWordWeights of(GisScorer scorer) {
        return DICTIONARY == null ? null : new TaggerWordWeights(scorer);
    }

    /**
     * The words of {@code sequence}, one per token, as {@code generator} (whose dictionary decides
     * which words get the prefix and suffix features) sees them; null if it cannot be read.
     */
    Word[] of(Object[] sequence, DefaultPOSContextGenerator generator) {
        Object used;
        try {
            used = DICTIONARY.get(generator);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        if (used != dictionary || words.size() >= MAX_WORDS) {
            words.clear();
            dictionary = used;
        }
        Word[] found = new Word[sequence.length];
        for (int i = 0; i < sequence.length; i++) {
            String token = sequence[i].toString();
            Word word = words.get(token);
            if (word == null) {
                word = word(token, generator);
                words.put(token, word);
            }
            found[i] = word;
        }
        return found;
    }

    /** What stands before the first word: {@code p=*SB*}, {@code pp=*SB*}. */
    Word begin() {
        return begin;
    }

    /** What stands after the last word: {@code n=*SE*}, {@code nn=*SE*}. */
    Word end() {
        return end;
    }

    private Word word(String token, DefaultPOSContextGenerator generator) {
        // Asked about the word alone, the generator lists its own features, then p=*SB* and n=*SE*.
        String[] features = generator.getContext(0, new Object[] {token}, NO_TAGS);
        int own = 0;
        while (own < features.length && !features[own].startsWith("p=")) {
            own++;
        }
        String[] ownNames = new String[own];
        System.arraycopy(features, 0, ownNames, 0, own);
        double[] sums = scorer.start();
        GisScorer.add(sums, scorer.features(ownNames));
        Word names = neighbour(token);
        return new Word(sums, names.previous(), names.beforePrevious(), names.next(), names.afterNext());
    }

    private Word neighbour(String token) {
        return new Word(null, scorer.feature("p=" + token), scorer.feature("pp=" + token),
                scorer.feature("n=" + token), scorer.feature("nn=" + token));
    }
}
