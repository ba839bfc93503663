package dev.mtqa.rule.encoding;

import dev.mtqa.RandomText;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Match;
import dev.mtqa.text.TextIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NoBreakSpaceRuleTest {
    private final NoBreakSpaceRule rule = new NoBreakSpaceRule();

    @Test
    void onlyTheLinesWithANoBreakSpaceAreReadAndTheFindingsAreThoseOfEveryLine() {
        Random random = new Random(41);
        for (int round = 0; round < 5_000; round++) {
            String text = RandomText.of(random, "ab .\n\r\t\u00A0\u202F\u2009\u00C3\u00A9\u00E9\u202E", random.nextInt(60));
            Document document = Document.of("r.txt", text);
            List<Match> everyLine = new ArrayList<>();
            TextIndex index = document.index();
            MojibakeCover mojibake = new MojibakeCover(document);
            for (int line = 0; line < index.lineCount(); line++) {
                NoBreakSpaceRule.checkLine(text, index.line(line), mojibake, everyLine::add);
            }
            assertThat(RuleRun.matches(rule, text)).as(text).isEqualTo(everyLine);
        }
    }

    @Test
    void lineEndsAndStartsAreInfoAndDeleted() {
        String text = "It ended in Ukraine.\u00a0\n\u00a0\u00a0Then more.\u00a0 \n\u00a0\nLast.";
        List<Match> matches = RuleRun.matches(rule, text);
        assertThat(matches).hasSize(4).allMatch(m -> m.severity() == Severity.INFO);
        assertThat(RuleRun.fixed(rule, text)).isEqualTo("It ended in Ukraine.\nThen more.\n\nLast.");
    }

    @Test
    void betweenOrdinaryWordsAndAfterClausesBecomesASpace() {
        String text = "Drones were\u00a0attacking. They did.\u00a0Putin said, \u201cno\u201d,\u00a0and left.\u2019\u00a0He won.";
        assertThat(RuleRun.fixed(rule, text))
                .isEqualTo("Drones were attacking. They did. Putin said, \u201cno\u201d, and left.\u2019 He won.");
        assertThat(RuleRun.matches(rule, text)).allMatch(m -> m.severity() == null);
    }

    @Test
    void nextToAPlainSpaceItCollapses() {
        assertThat(RuleRun.fixed(rule, "One.\u00a0 Two. Three \u00a0four.")).isEqualTo("One. Two. Three four.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A 10\u00a0km column, \u20ac\u00a05 and 5\u00a0%, 3\u00a0000 troops, 24\u00a0February.",
        "Mr\u00a0Smith, Dr.\u00a0Jones, Gen.\u00a0Ivanov, St\u00a0Petersburg, J.\u00a0K.\u00a0Rowling, the U.S.\u00a0Army.",
        "World War\u00a0II, Elizabeth\u00a0II, Plan\u00a0B, vitamin\u00a0C, page\u00a05, No.\u00a07, Fig.\u00a03.",
        "\u00ab\u00a0Oui\u00a0\u00bb, dit-il\u00a0: \u00ab\u00a0non\u00a0!\u00a0\u00bb",
        "Ten\u00a0km of road, five\u00a0mph, e.g.\u00a0this and i.e.\u00a0that.",
        "A dash\u00a0\u2014 bound to its word \u2014\u00a0on both sides, and (\u00a0brackets\u00a0)."})
    void deliberateNoBreakSpacesAreLeftAlone(String text) {
        assertThat(RuleRun.flagged(rule, text)).isEmpty();
    }

    @Test
    void theSecondByteOfMojibakeIsLeftToTheMojibakeRule() {
        assertThat(RuleRun.flagged(rule, "voil\u00c3\u00a0tout, d\u00c3\u00a9j\u00c3\u00a0\nPrice 5\u00c2\u00a0euros.")).isEmpty();
    }

    @Test
    void narrowNoBreakSpacesCountToo() {
        assertThat(RuleRun.fixed(rule, "were\u202fattacking")).isEqualTo("were attacking");
    }
}
