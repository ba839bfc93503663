package dev.mtqa.rule.boilerplate;

import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.finding.Finding;
import dev.mtqa.input.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusLineRuleTest {
    private static final String FOOTER = "Kyiv Daily Courier \u2013 independent news since 1998";

    /** {@code total} distinct articles; the first {@code withFooter} end with the footer line. */
    private static List<String> corpus(int total, int withFooter) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String text = "Headline number " + i + " about the grid\n\nParagraph " + i + " says the repairs in district " + i
                    + " will take " + (i % 7 + 2) + " weeks, the operator said.\n";
            texts.add(i < withFooter ? text + "\n" + FOOTER + "\n" : text);
        }
        return texts;
    }

    private static CorpusProfile profile(List<String> texts) {
        CorpusProfiler profiler = new CorpusProfiler();
        for (int i = 0; i < texts.size(); i++) {
            profiler.add(Document.of("d" + i, texts.get(i)));
        }
        return profiler.build();
    }

    private static List<Finding> corpusFindings(String text, CorpusProfile profile) {
        return Boilerplate.check(Document.of("d0", text), profile).stream()
                .filter(f -> f.rule().equals("BOILERPLATE_CORPUS_LINE"))
                .toList();
    }

    @Test
    void threeOfFiveDocumentsIsATemplate() {
        List<String> texts = corpus(5, 3);
        List<Finding> findings = corpusFindings(texts.get(0), profile(texts));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo(FOOTER);
            assertThat(f.message()).contains("3 of 5 documents");
            assertThat(f.fixes().get(0).safe()).isTrue();
        });
    }

    @Test
    void twoDocumentsAreNotEnough() {
        List<String> texts = corpus(5, 2);
        assertThat(corpusFindings(texts.get(0), profile(texts))).isEmpty();
    }

    @Test
    void inALargeCorpusThreeDocumentsAreACoincidence() {
        List<String> texts = corpus(5000, 3);
        CorpusProfile profile = profile(texts);
        assertThat(corpusFindings(texts.get(0), profile)).isEmpty();
        List<String> more = corpus(5000, 10);
        assertThat(corpusFindings(more.get(0), profile(more))).hasSize(1);
    }

    @Test
    void syndicatedCopiesDoNotFlagTheirOwnText() {
        String article = "Grain deal extended\n\nThe first ship left Odesa on Monday, port officials said.\n\nShips wait in line\n";
        List<String> texts = new ArrayList<>(List.of(article, article, article, article));
        texts.addAll(corpus(4, 0));
        assertThat(corpusFindings(article, profile(texts))).isEmpty();
    }

    @Test
    void aTemplateLineStillStandsOutOfSyndicatedCopies() {
        String article = "Grain deal extended\n\nThe first ship left Odesa on Monday, port officials said.\n\n" + FOOTER + "\n";
        List<String> texts = new ArrayList<>(List.of(article, article));
        for (String other : corpus(6, 6)) {
            texts.add(other);
        }
        List<Finding> findings = corpusFindings(article, profile(texts));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.text()).isEqualTo(FOOTER));
    }

    @Test
    void proseNeedsAFifthOfTheCorpus() {
        String promo = "Our reporters work around the clock to bring you news from the front line.";
        List<String> texts = new ArrayList<>();
        for (String t : corpus(20, 0)) {
            texts.add(t + "\n" + promo + "\n");
        }
        List<Finding> findings = corpusFindings(texts.get(0), profile(texts));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.fixes().get(0).safe()).isFalse());
        List<String> few = new ArrayList<>(corpus(20, 0));
        for (int i = 0; i < 4; i++) {
            few.set(i, few.get(i) + "\n" + promo + "\n");
        }
        assertThat(corpusFindings(few.get(0), profile(few))).isEmpty();
    }

    @Test
    void aStockSubheadingIsNotTemplate() {
        List<String> texts = new ArrayList<>(corpus(50, 0));
        for (int i = 0; i < 6; i++) {
            texts.set(i, texts.get(i) + "\nWhat happens next?\n\nThe council of district " + i + " votes on Friday.\n");
        }
        assertThat(corpusFindings(texts.get(0), profile(texts))).isEmpty();
    }

    @Test
    void linesThePhraseListKnowsAreLeftToIt() {
        List<String> texts = new ArrayList<>();
        for (String t : corpus(5, 0)) {
            texts.add(t + "\nMost Popular\n");
        }
        List<Finding> all = Boilerplate.check(Document.of("d0", texts.get(0)), profile(texts));
        assertThat(all).singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo("BOILERPLATE_PHRASE"));
    }
}
