package dev.mtqa.rule.grammar;

import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.util.BeamSearchContextGenerator;

import java.util.Arrays;

/**
 * The part-of-speech tagger's questions ({@link DefaultPOSContextGenerator} of OpenNLP 1.9.4, the
 * tagger inside LanguageTool's English chunker), sharing what the candidates have in common.
 *
 * <p>The generator's features at a word are, in order: {@code default}, the word, its prefixes
 * and suffixes and whether it has a hyphen, capital or digit (unless the model's dictionary
 * knows it), the word before, <b>the candidate's last tag</b> ({@code t=}), the word before that,
 * <b>the candidate's last two tags</b> ({@code t2=}), and the next two words. Only the two marked
 * features read the candidate. So the generator is asked once per word, for the first candidate;
 * the features before the first tag feature are summed once, those after it looked up once; and
 * each candidate adds the weights of its own tag features, found by tag number, and of the
 * rest, to a copy of those sums, in the generator's order. (That the tag features are
 * {@code t=} and the tag, and {@code t2=}, the two tags and a comma, is the generator's code; a
 * test compares the taggings with OpenNLP's own, so that another version of it cannot slip by.)
 */
final class TaggerQuestions implements Questions {
    private static final String LAST_TAG = "t=";
    private static final String LAST_TWO_TAGS = "t2=";
    private static final byte WORDS = 0;
    private static final byte LAST = 1;
    private static final byte LAST_TWO = 2;

    private final GisScorer scorer;
    private final TagWeights weights;
    private final Object[] sequence;
    private final BeamSearchContextGenerator<Object> generator;
    private final Object[] context;
    private final int beam;

    private int word = -1;
    private double[] prefixSums;
    private Context[] rest;
    private byte[] restKinds;
    private final KeptAnswers answers = new KeptAnswers();

    private TaggerQuestions(GisScorer scorer, TagWeights weights, Object[] sequence,
                            BeamSearchContextGenerator<Object> generator, Object[] context, int beam) {
        this.scorer = scorer;
        this.weights = weights;
        this.sequence = sequence;
        this.generator = generator;
        this.context = context;
        this.beam = beam;
    }

    /** The tagger's questions with OpenNLP's own generator, when {@link GisScorer} can read {@code model}. */
    @SuppressWarnings("unchecked") // the generator takes the elements of the sequence it is searched over
    static Source source(MaxentModel model) {
        GisScorer scorer = GisScorer.of(model);
        if (scorer == null) {
            return Source.NONE;
        }
        TagWeights weights = TagWeights.of(model, scorer);
        return (sequence, generator, context, beam) -> generator.getClass() == DefaultPOSContextGenerator.class
                ? new TaggerQuestions(scorer, weights, sequence, (BeamSearchContextGenerator<Object>) generator,
                        context, beam)
                : null;
    }

    @Override
    public Answer ask(int i, SharingBeamSearch.Candidate top) {
        if (i != word) {
            moveTo(i, top.outcomes());
        }
        int last = i < 1 ? -1 : top.outcome();
        int secondLast = i < 2 ? -1 : top.previous().outcome();
        int pair = (secondLast + 1) * (weights.tags() + 1) + last + 1;
        Answer kept = answers.get(pair);
        if (kept != null) {
            return kept;
        }
        double[] sums = prefixSums.clone();
        for (int j = 0; j < rest.length; j++) {
            GisScorer.add(sums, switch (restKinds[j]) {
                case LAST -> weights.last(last);
                case LAST_TWO -> weights.lastTwo(secondLast, last);
                default -> rest[j];
            });
        }
        return answers.put(pair, Answer.of(scorer.finish(sums), beam));
    }

    /** Learns the word's features from the generator's answer for the first candidate at it. */
    private void moveTo(int i, String[] outcomes) {
        word = i;
        answers.clear();
        String[] features = generator.getContext(i, sequence, outcomes, context);
        int first = 0;
        while (first < features.length && kind(features[first]) == WORDS) {
            first++;
        }
        prefixSums = scorer.start();
        GisScorer.add(prefixSums, scorer.features(Arrays.copyOf(features, first)));
        rest = new Context[features.length - first];
        restKinds = new byte[rest.length];
        for (int j = 0; j < rest.length; j++) {
            String feature = features[first + j];
            restKinds[j] = kind(feature);
            rest[j] = restKinds[j] == WORDS ? scorer.feature(feature) : null;
        }
    }

    private static byte kind(String feature) {
        return feature.startsWith(LAST_TAG) ? LAST : feature.startsWith(LAST_TWO_TAGS) ? LAST_TWO : WORDS;
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
