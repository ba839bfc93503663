package dev.mtqa.rule.grammar;

import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.chunker.DefaultChunkerSequenceValidator;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.TokenTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.tools.Tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search with the model's answers shared gives what OpenNLP's own beam search gives, for the
 * chunker and for the part-of-speech tagger: the same best sequences (ten chunkings, three
 * taggings), with the same probabilities and scores to the last bit, on every sentence of the seed
 * articles and of the MQM translations (when {@code ../shared/data} is there) and on random word
 * lists, and the same chunk tags inside LanguageTool.
 */
class SharingBeamSearchTest {
    private static MaxentModel classifier;
    private static int beam;

    @BeforeAll
    static void loadTheChunkerModel() throws Exception {
        // Whether or not another test installed the search already, take the model's classifier.
        classifier = LoadedChunker.classifier();
        beam = LoadedChunker.beam();
    }

    @Test
    void theTenBestChunkingsAreOpenNlpsOwnOnRealSentences() throws IOException {
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(stream("/en-token.bin")));
        POSTaggerME tagger = new POSTaggerME(new POSModel(stream("/en-pos-maxent.bin")));
        List<String> sentences = sentences();
        assertThat(sentences).hasSizeGreaterThan(100);
        BeamSearch<TokenTag> openNlp = new BeamSearch<>(beam, classifier);
        SharingBeamSearch<TokenTag> ours = new SharingBeamSearch<>(beam, classifier, ChunkerQuestions.source(classifier));
        for (String sentence : sentences) {
            String[] tokens = tokenizer.tokenize(sentence);
            assertSameBest(openNlp, ours, TokenTag.create(tokens, tagger.tag(tokens)), sentence);
        }
    }

    @Test
    void theTenBestChunkingsAreOpenNlpsOwnOnRandomTaggedWords() {
        // Words and tags in orders no sentence has: unknown features, odd chunk tag pairs, ties,
        // a tag the model never saw and one spelt like the generator's "bos".
        String[] words = {"the", "talks", "Kyiv", ",", "said", "of", "\u201cno\u201d", "2024", "a", "zzq", "up", "."};
        String[] tags = {"DT", "NNS", "NNP", ",", "VBD", "IN", "``", "CD", "JJ", "FW", "RP", ".", "PRP$", "bos", "XYZ"};
        Random random = new Random(3);
        BeamSearch<TokenTag> openNlp = new BeamSearch<>(beam, classifier);
        SharingBeamSearch<TokenTag> ours = new SharingBeamSearch<>(beam, classifier, ChunkerQuestions.source(classifier));
        for (int round = 0; round < 1_000; round++) {
            int length = 1 + random.nextInt(25);
            String[] tokens = new String[length];
            String[] posTags = new String[length];
            for (int i = 0; i < length; i++) {
                tokens[i] = words[random.nextInt(words.length)];
                posTags[i] = tags[random.nextInt(tags.length)];
            }
            assertSameBest(openNlp, ours, TokenTag.create(tokens, posTags), String.join(" ", tokens));
        }
    }

    @Test
    void theThreeBestTaggingsAreOpenNlpsOwnOnRealSentencesAndRandomWords() throws Exception {
        MaxentModel tagger = LoadedChunker.taggerClassifier();
        POSModel model = LoadedChunker.tagger();
        int tagBeam = POSTaggerME.DEFAULT_BEAM_SIZE;
        BeamSearch<String> openNlp = new BeamSearch<>(tagBeam, tagger);
        SharingBeamSearch<String> ours = new SharingBeamSearch<>(tagBeam, tagger, TaggerQuestions.source(tagger));
        TokenizerME tokenizer = new TokenizerME(new TokenizerModel(stream("/en-token.bin")));
        List<String[]> sentences = new ArrayList<>();
        for (String sentence : sentences()) {
            sentences.add(tokenizer.tokenize(sentence));
        }
        // Words in and out of the model's dictionary, with capitals, digits and hyphens, and words
        // spelled like the generator's own names.
        String[] words = {"the", "talks", "Kyiv", ",", "said", "of", "\u201cno\u201d", "2024", "a", "zzq-x", "up", ".", "Run",
            "*SB*", "*SE*", "p=the", "t=NN", "Zelenskyy-led", "x", "default"};
        Random random = new Random(4);
        for (int round = 0; round < 1_000; round++) {
            String[] tokens = new String[1 + random.nextInt(25)];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = words[random.nextInt(words.length)];
            }
            sentences.add(tokens);
        }
        int sentence = 0;
        for (String[] tokens : sentences) {
            // A generator per sentence, as POSTaggerME makes one per tagger: it keeps a cache. Every
            // third one without the model's dictionary (every word then has its prefix features),
            // so that words kept for one dictionary are not reused for another.
            boolean noDictionary = sentence++ % 3 == 2;
            Sequence[] expected = openNlp.bestSequences(tagBeam, tokens, new Object[0],
                    noDictionary ? new DefaultPOSContextGenerator(null) : model.getFactory().getPOSContextGenerator(tagBeam),
                    model.getFactory().getSequenceValidator());
            Sequence[] actual = ours.bestSequences(tagBeam, tokens, new Object[0],
                    noDictionary ? new DefaultPOSContextGenerator(null) : model.getFactory().getPOSContextGenerator(tagBeam),
                    model.getFactory().getSequenceValidator());
            assertSame(expected, actual, String.join(" ", tokens));
        }
    }

    @Test
    void theTaggersWordsAreSharedForItsOwnGenerator() throws Exception {
        Questions.Source source = TaggerQuestions.source(LoadedChunker.taggerClassifier());
        assertThat(source).as("OpenNLP's model and generator can still be read").isNotSameAs(Questions.Source.NONE);
        assertThat(source.forSentence(new Object[] {"Talks", "resumed"},
                LoadedChunker.tagger().getFactory().getPOSContextGenerator(3), new Object[0], 3)).isNotNull();
    }

    private static void assertSameBest(BeamSearch<TokenTag> openNlp, SharingBeamSearch<TokenTag> ours,
                                       TokenTag[] tagged, String sentence) {
        Sequence[] expected = openNlp.bestSequences(10, tagged, new Object[0],
                new DefaultChunkerContextGenerator(), new DefaultChunkerSequenceValidator());
        Sequence[] actual = ours.bestSequences(10, tagged, new Object[0],
                new DefaultChunkerContextGenerator(), new DefaultChunkerSequenceValidator());
        assertSame(expected, actual, sentence);
    }

    private static void assertSame(Sequence[] expected, Sequence[] actual, String sentence) {
        assertThat(actual).as(sentence).hasSameSizeAs(expected);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k].getOutcomes()).as(sentence).isEqualTo(expected[k].getOutcomes());
            assertThat(actual[k].getProbs()).as(sentence).isEqualTo(expected[k].getProbs());
            assertThat(actual[k].getScore()).as(sentence).isEqualTo(expected[k].getScore());
        }
    }

    @Test
    void languageToolsChunkTagsDoNotChangeWhenTheSearchIsInstalled() throws Exception {
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode("en-GB"));
        List<String> sample = sentences().subList(0, 60);
        List<String> before = new ArrayList<>();
        // Other tests may have installed it already: compare against OpenNLP's own search anyway.
        EnglishChunkerSpeedUp.restoreOpenNlpSearch();
        assertThat(EnglishChunkerSpeedUp.installed()).isFalse();
        for (String sentence : sample) {
            before.add(chunkTags(tool.getAnalyzedSentence(sentence)));
        }
        assertThat(EnglishChunkerSpeedUp.install(Languages.getLanguageForShortCode("en-US"))).isTrue();
        assertThat(EnglishChunkerSpeedUp.installed()).isTrue();
        assertThat(EnglishChunkerSpeedUp.install(Languages.getLanguageForShortCode("en-US"))).isTrue();
        for (int i = 0; i < sample.size(); i++) {
            assertThat(chunkTags(tool.getAnalyzedSentence(sample.get(i)))).isEqualTo(before.get(i));
        }
        assertThat(chunkTags(tool.getAnalyzedSentence("There's many problems in the region, officials said.")))
                .contains("B-NP-plural");
    }

    private static String chunkTags(AnalyzedSentence sentence) {
        StringBuilder sb = new StringBuilder();
        for (AnalyzedTokenReadings token : sentence.getTokensWithoutWhitespace()) {
            sb.append(token.getToken()).append('/').append(token.getChunkTags()).append(' ');
        }
        return sb.toString();
    }

    private static InputStream stream(String resource) throws IOException {
        return Tools.getStream(resource);
    }

    /** The sentences of the seed articles, then up to 2,000 MQM translations. */
    private static List<String> sentences() throws IOException {
        return TestSentences.seedsAndMqm(2_000);
    }

    @Test
    void anotherContextGeneratorIsSearchedWithoutKeptAnswers() {
        // A generator that reads the whole candidate: answers may not be shared between candidates.
        int[] asked = new int[1];
        DefaultChunkerContextGenerator wholeHistory = new DefaultChunkerContextGenerator() {
            @Override
            public String[] getContext(int i, TokenTag[] sequence, String[] prior, Object[] extra) {
                asked[0]++;
                String[] context = super.getContext(i, sequence, prior, extra);
                String[] more = Arrays.copyOf(context, context.length + 1);
                more[context.length] = "history=" + String.join(",", prior);
                return more;
            }
        };
        TokenTag[] tagged = TokenTag.create("The talks resumed in Kyiv on Monday .".split(" "),
                "DT NNS VBD IN NNP IN NNP .".split(" "));
        Sequence[] expected = new BeamSearch<TokenTag>(beam, classifier).bestSequences(10, tagged, null, wholeHistory,
                new DefaultChunkerSequenceValidator());
        int openNlpAsked = asked[0];
        asked[0] = 0;
        Sequence[] actual = new SharingBeamSearch<TokenTag>(beam, classifier, ChunkerQuestions.source(classifier)).bestSequences(10, tagged, null,
                wholeHistory, new DefaultChunkerSequenceValidator());
        assertThat(asked[0]).isEqualTo(openNlpAsked);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k].getOutcomes()).isEqualTo(expected[k].getOutcomes());
            assertThat(actual[k].getProbs()).isEqualTo(expected[k].getProbs());
        }
    }
}
