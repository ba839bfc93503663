package dev.mtqa.rule.grammar;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSContextGenerator;

/**
 * The part-of-speech tagger's questions ({@link DefaultPOSContextGenerator} of OpenNLP 1.9.4, the
 * tagger inside LanguageTool's English chunker), sharing what the candidates have in common.
 *
 * <p>The generator's features at a word are, in order: {@code default}, the word, its prefixes
 * and suffixes and whether it has a hyphen, capital or digit (unless the model's dictionary
 * knows it), the word before, <b>the candidate's last tag</b> ({@code t=}), the word before that,
 * <b>the candidate's last two tags</b> ({@code t2=}), and the next two words. Only the two marked
 * features read the candidate. So the features before the first tag feature are summed once per
 * word, from the word's own sums and its neighbours' weights ({@link TaggerWordWeights}, kept
 * across sentences); and each candidate adds the weights of its own tag features, found by tag
 * number, and of the rest, to a copy of those sums, in the generator's order. (That the tag
 * features are {@code t=} and the tag, and {@code t2=}, the two tags and a comma, is the
 * generator's code; a test compares the taggings with OpenNLP's own, so that another version of
 * it cannot slip by.)
 */
final class TaggerQuestions implements Questions {
    private static final String LAST_TAG = "t=";
    private static final String LAST_TWO_TAGS = "t2=";
    private static final byte WORDS = 0;
    private static final byte LAST = 1;
    private static final byte LAST_TWO = 2;

    private final GisScorer scorer;
    private final TagWeights weights;
    private final TaggerWordWeights table;
    private final TaggerWordWeights.Word[] words;
    private final int beam;

    private int word = -1;
    private double[] prefixSums;
    /** The features from the word's first tag feature on (at most t=, pp=, t2=, n=, nn=): their kinds, and a word feature's weights. */
    private final Context[] rest = new Context[5];
    private final byte[] restKinds = new byte[5];
    private int restSize;
    private final KeptAnswers answers = new KeptAnswers();

    private TaggerQuestions(GisScorer scorer, TagWeights weights, TaggerWordWeights table,
                            TaggerWordWeights.Word[] words, int beam) {
        this.scorer = scorer;
        this.weights = weights;
        this.table = table;
        this.words = words;
        this.beam = beam;
    }

    /** The tagger's questions for OpenNLP's own generator, when {@link GisScorer} can read {@code model}. */
    static Source source(MaxentModel model) {
        GisScorer scorer = GisScorer.of(model);
        if (scorer == null || TaggerWordWeights.of(scorer) == null) {
            return Source.NONE;
        }
        TagWeights weights = TagWeights.of(model, scorer);
        ThreadLocal<TaggerWordWeights> table = ThreadLocal.withInitial(() -> TaggerWordWeights.of(scorer));
        return (sequence, generator, context, beam) -> {
            if (generator.getClass() != DefaultPOSContextGenerator.class) {
                return null;
            }
            TaggerWordWeights words = table.get();
            TaggerWordWeights.Word[] found = words.of(sequence, (DefaultPOSContextGenerator) generator);
            return found == null ? null : new TaggerQuestions(scorer, weights, words, found, beam);
        };
    }

    @Override
    public Answer ask(int i, SharingBeamSearch.Candidate top) {
        if (i != word) {
            moveTo(i);
        }
        int last = i < 1 ? -1 : top.outcome();
        int secondLast = i < 2 ? -1 : top.previous().outcome();
        int pair = (secondLast + 1) * (weights.tags() + 1) + last + 1;
        Answer kept = answers.get(pair);
        if (kept != null) {
            return kept;
        }
        double[] sums = prefixSums.clone();
        for (int j = 0; j < restSize; j++) {
            GisScorer.add(sums, switch (restKinds[j]) {
                case LAST -> weights.last(last);
                case LAST_TWO -> weights.lastTwo(secondLast, last);
                default -> rest[j];
            });
        }
        return answers.put(pair, Answer.of(scorer.finish(sums), beam));
    }

    /**
     * Sums the word's features up to its first tag feature and lists the rest, as the generator
     * orders them: own, p=, [t=, pp=, [t2=]], n=, [nn=] (t= and pp= from the second word on, t2=
     * from the third; nn= unless the word is the last).
     */
    private void moveTo(int i) {
        word = i;
        answers.clear();
        restSize = 0;
        int length = words.length;
        prefixSums = words[i].own().clone();
        GisScorer.add(prefixSums, (i > 0 ? words[i - 1] : table.begin()).previous());
        if (i > 0) {
            follow(LAST, null);
            follow(WORDS, (i > 1 ? words[i - 2] : table.begin()).beforePrevious());
        }
        if (i > 1) {
            follow(LAST_TWO, null);
        }
        follow(WORDS, (i + 1 < length ? words[i + 1] : table.end()).next());
        if (i + 1 < length) {
            follow(WORDS, (i + 2 < length ? words[i + 2] : table.end()).afterNext());
        }
    }

    private void follow(byte kind, Context weights) {
        restKinds[restSize] = kind;
        rest[restSize++] = weights;
    }

    /** The model's weights for the tag features, by tag number: found once per model. */
    private record TagWeights(int tags, Context[] lastTag, Context[] lastTwoTags) {
        static TagWeights of(MaxentModel model, GisScorer scorer) {
            int tags = model.getNumOutcomes();
            Context[] last = new Context[tags];
            Context[] lastTwo = new Context[tags * tags];
            for (int t = 0; t < tags; t++) {
                last[t] = scorer.feature(LAST_TAG + model.getOutcome(t));
                for (int s = 0; s < tags; s++) {
                    lastTwo[s * tags + t] = scorer.feature(LAST_TWO_TAGS + model.getOutcome(s) + "," + model.getOutcome(t));
                }
            }
            return new TagWeights(tags, last, lastTwo);
        }

        Context last(int tag) {
            return lastTag[tag];
        }

        Context lastTwo(int secondLast, int last) {
            return lastTwoTags[secondLast * tags + last];
        }
    }
}
