package dev.mtqa.rule.script;

import dev.mtqa.EnglishVariant;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.RuleContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForeignScriptRuleTest {
    private final ForeignScriptRule rule = new ForeignScriptRule();

    private List<Match> matches(String text, CorpusProfile profile) {
        List<Match> out = new ArrayList<>();
        rule.check(Document.of("t.txt", text), new RuleContext(EnglishVariant.US, profile), out::add);
        return out;
    }

    private List<Match> matches(String text) {
        return matches(text, CorpusProfiler.of(Document.of("t.txt", text)));
    }

    @Test
    void aWholeShortLineIsChromeAndDeletedSafely() {
        String text = "log in or register\n\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a "
                + "\u043e\u0442\u043a\u0440\u044b\u0432\u0430\u0435\u043c\u043e\u0433\u043e "
                + "\u043c\u0430\u0442\u0435\u0440\u0438\u0430\u043b\u0430\nMore English.";
        List<Match> found = matches(text);
        assertThat(found).hasSize(1);
        Match m = found.get(0);
        assertThat(text.substring(m.start(), m.end())).startsWith("\u0417\u0430").endsWith("\u043b\u0430");
        assertThat(m.message()).contains("Zagolovok otkryvaemogo materiala").contains("Cyrillic");
        assertThat(m.edits().get(0).safe()).isTrue();
        assertThat(text.substring(0, m.edits().get(0).start()) + text.substring(m.edits().get(0).end()))
                .isEqualTo("log in or register\nMore English.");
        assertThat(m.edits().get(1).replacement()).isEqualTo("Zagolovok otkryvaemogo materiala");
        assertThat(m.edits().get(1).safe()).isFalse();
    }

    @Test
    void aWholeSentenceIsContentAndOnlyOfferedForReview() {
        String text = "English first.\n\u041c\u044b \u0433\u043e\u0442\u043e\u0432\u044b \u043a "
                + "\u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u0430\u043c.";
        List<Match> found = matches(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).edits().get(0).safe()).isFalse();
        assertThat(found.get(0).message()).contains("probably Russian");
    }

    @Test
    void aLineRepeatedAcrossTheCorpusIsChromeEvenIfItLooksLikeASentence() {
        String line = "\u041f\u043e\u0434\u043f\u0438\u0441\u044b\u0432\u0430\u0439\u0442\u0435\u0441\u044c "
                + "\u043d\u0430 \u043d\u0430\u0448 \u043a\u0430\u043d\u0430\u043b!";
        CorpusProfiler profiler = new CorpusProfiler();
        profiler.add(Document.of("a.txt", "Story A.\n" + line));
        profiler.add(Document.of("b.txt", "Story B.\n" + line));
        List<Match> found = matches("Story A.\n" + line, profiler.build());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).edits().get(0).safe()).isTrue();
        assertThat(found.get(0).message()).contains("repeats across 2 documents");
    }

    @Test
    void aRunInsideASentenceGetsItsTransliterationForReview() {
        String text = "Putin met \u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 "
                + "\u0417\u0435\u043b\u0435\u043d\u0441\u044c\u043a\u0438\u0439 in Istanbul.";
        List<Match> found = matches(text);
        assertThat(found).hasSize(1);
        Match m = found.get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 "
                + "\u0417\u0435\u043b\u0435\u043d\u0441\u044c\u043a\u0438\u0439");
        assertThat(m.edits()).singleElement().satisfies(e -> {
            assertThat(e.safe()).isFalse();
            assertThat(e.replacement()).isEqualTo("Vladimir Zelens'kij");
        });
        assertThat(m.message()).doesNotContain("Russian"); // nothing in these letters tells Russian from Ukrainian
    }

    @Test
    void runsAreSplitByLatinWords() {
        assertThat(matches("\u0441\u043b\u0430\u0432\u0430 and \u0433\u0435\u0440\u043e\u044f\u043c and "
                + "\u0434\u0430")).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Omicron (\u03bf) variant and the \u03b1-helix, 5 \u03bcg, 10 k\u03a9, \u0394T and \u03c0r\u00b2.",
        "\u2116 5, Brand\u2122, \u00a9 2024, \u2211 and \u221a, \ud83d\ude00\ud83d\udc4d and \u2764\ufe0f.",
        "Vladimir Putin (\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 \u041f\u0443\u0442\u0438\u043d) spoke.",
        "The Ukrainian Orthodox Church (Ukrainian: \u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430 "
                + "\u043f\u0440\u0430\u0432\u043e\u0441\u043b\u0430\u0432\u043d\u0430 \u0446\u0435\u0440\u043a\u0432\u0430) split.",
        "The banner read \u4e3a\u4eba\u6c11\u670d\u52a1 (Serve the People).",
        "Xi\u2019s \u201c\u4e2d\u56fd\u68a6\u201d (\u201cChinese Dream\u201d) slogan.",
        "the so-called \u00ab\u0440\u0443\u0441\u0441\u043a\u0438\u0439 \u043c\u0438\u0440\u00bb (Russian world)",
        "A single character \u798f is not a run, nor is \u0416 or \u05d0.",
        "Ukr\u0430ine with a look-alike letter is the encoding family\u2019s."})
    void deliberateOrTinyForeignTextIsNotReported(String text) {
        assertThat(matches(text)).isEmpty();
    }

    @Test
    void twoCjkCharactersAreEnough() {
        assertThat(matches("He wrote \u4e2d\u56fd on the board.")).hasSize(1);
        assertThat(matches("He wrote \u0416\u0416 on the board.")).isEmpty();
    }

    @Test
    void chromeTestStatedInWords() {
        assertThat(ForeignScriptRule.looksLikeChrome("\u0412\u043e\u0439\u0442\u0438")).isTrue();
        assertThat(ForeignScriptRule.looksLikeChrome("\u041c\u043e\u0441\u043a\u0432\u0430, 25 "
                + "\u0444\u0435\u0432\u0440\u0430\u043b\u044f")).isFalse();
        assertThat(ForeignScriptRule.looksLikeChrome("\u0421\u043b\u0430\u0432\u0430 \u0423\u043a\u0440\u0430\u0457\u043d\u0456!"))
                .isFalse();
    }

    @Test
    void anUntranslatedDocumentIsOneFindingWithoutAFix() {
        String line = "\u041c\u043e\u0441\u043a\u0432\u0430 \u0437\u0430\u044f\u0432\u0438\u043b\u0430 \u043e "
                + "\u0433\u043e\u0442\u043e\u0432\u043d\u043e\u0441\u0442\u0438 \u043a "
                + "\u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u0430\u043c.\n";
        String text = "Moscow says it is ready\n" + line.repeat(20);
        List<Match> found = matches(text);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.edits()).isEmpty();
            assertThat(m.message()).startsWith("The document is not in English").contains("Cyrillic");
        });
    }

    @Test
    void hugeLinesDoNotBlowUp() {
        String text = "\u0416\u0443\u043a ".repeat(300_000);
        List<Match> found = matches(text);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).message().length()).isLessThan(1_000);
        String english = "An English line.\n".repeat(100_000) + "\u0416\u0443\u043a ".repeat(300_000);
        assertThat(matches(english)).hasSize(1);
    }
}
