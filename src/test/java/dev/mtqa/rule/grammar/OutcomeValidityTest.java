package dev.mtqa.rule.grammar;

import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.chunker.DefaultChunkerSequenceValidator;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.TokenTag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validity of an outcome after a candidate is the validator's own answer, whether it is kept
 * in a table (the chunker's validator), asked without the history (the tagger's) or asked with
 * the whole history (any other validator).
 */
class OutcomeValidityTest {
    private static MaxentModel chunker;
    private static OutcomeValidity validity;

    @BeforeAll
    static void loadTheChunkerModel() throws Exception {
        chunker = LoadedChunker.classifier();
        validity = new OutcomeValidity(chunker);
    }

    @Test
    void theChunkersTableIsItsValidatorsAnswerAfterEveryHistory() {
        DefaultChunkerSequenceValidator validator = new DefaultChunkerSequenceValidator();
        Random random = new Random(7);
        int outcomes = chunker.getNumOutcomes();
        int invalid = 0;
        for (int round = 0; round < 300; round++) {
            SharingBeamSearch.Candidate top = SharingBeamSearch.Candidate.EMPTY;
            List<String> history = new ArrayList<>();
            for (int length = random.nextInt(6); length > 0; length--) {
                int o = random.nextInt(outcomes);
                top = top.extend(chunker.getOutcome(o), o, 0.5);
                history.add(chunker.getOutcome(o));
            }
            String[] asGiven = history.toArray(String[]::new);
            for (int p = 0; p < outcomes; p++) {
                boolean expected = validator.validSequence(0, null, asGiven, chunker.getOutcome(p));
                assertThat(validity.valid(validator, 0, null, top, null, p))
                        .as("%s after %s", chunker.getOutcome(p), history).isEqualTo(expected);
                invalid += expected ? 0 : 1;
            }
        }
        // Guards against a model whose outcomes the validator never refuses.
        assertThat(invalid).isGreaterThan(100);
        assertThat(OutcomeValidity.readsHistory(validator)).isFalse();
    }

    @Test
    void aValidatorOfAnotherClassIsGivenTheWholeHistory() throws Exception {
        // No outcome twice in a row after a noun phrase's start: reads more than the last outcome.
        DefaultChunkerSequenceValidator wholeHistory = new DefaultChunkerSequenceValidator() {
            @Override
            public boolean validSequence(int i, TokenTag[] sequence, String[] s, String outcome) {
                long begins = Arrays.stream(s).filter(outcome::equals).count();
                return super.validSequence(i, sequence, s, outcome) && begins < 2;
            }
        };
        assertThat(OutcomeValidity.readsHistory(wholeHistory)).isTrue();
        TokenTag[] tagged = TokenTag.create(
                "The talks on the budget resumed in Kyiv on Monday , the ministry said .".split(" "),
                "DT NNS IN DT NN VBD IN NNP IN NNP , DT NN VBD .".split(" "));
        int beam = LoadedChunker.beam();
        Sequence[] expected = new BeamSearch<TokenTag>(beam, chunker).bestSequences(10, tagged, null,
                new DefaultChunkerContextGenerator(), wholeHistory);
        Sequence[] actual = new SharingBeamSearch<TokenTag>(beam, chunker, ChunkerQuestions.source(chunker))
                .bestSequences(10, tagged, null, new DefaultChunkerContextGenerator(), wholeHistory);
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.length; k++) {
            assertThat(actual[k].getOutcomes()).isEqualTo(expected[k].getOutcomes());
            assertThat(actual[k].getScore()).isEqualTo(expected[k].getScore());
        }
        // The validator did refuse something here, or the comparison proves nothing.
        assertThat(expected[0].getOutcomes()).isNotEqualTo(new BeamSearch<TokenTag>(beam, chunker).bestSequences(1, tagged,
                null, new DefaultChunkerContextGenerator(), new DefaultChunkerSequenceValidator())[0].getOutcomes());
    }
}
