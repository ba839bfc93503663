package dev.mtqa.rule.typography;

import dev.mtqa.input.Document;
import dev.mtqa.rule.typography.QuoteAnalysis.Mark;
import dev.mtqa.rule.typography.QuoteAnalysis.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteAnalysisTest {

    private static QuoteAnalysis analyse(String text) {
        return QuoteAnalysis.of(Document.of("t.txt", text));
    }

    private static List<Role> roles(String text) {
        return analyse(text).marks().stream().map(Mark::role).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Russia\u2019s war", "it\u2019s", "the \u201990s", "rock \u2019n\u2019 roll", "rock 'n' roll", "o'clock",
        "the '90s", "back in '22 it was", "Shi'ite and Qur'an", "the Smiths' house", "the players\u2019 union",
        "Russia 's offer", "he was goin\u2019 home", "rock\u2019n\u2019roll", "\u201880s fashion"})
    void apostrophesAreNotQuotes(String text) {
        assertThat(roles(text)).containsOnly(Role.APOSTROPHE);
        assertThat(analyse(text).unclosed()).isEmpty();
        assertThat(analyse(text).unopened()).isEmpty();
    }

    @Test
    void looksAtExactlyTheTenQuoteCharacters() {
        String quotes = "\"'`\u201C\u201D\u2018\u2019\u201E\u00AB\u00BB";
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(QuoteAnalysis.isQuoteChar((char) c)).as("U+%04X", c).isEqualTo(quotes.indexOf(c) >= 0);
        }
    }

    @Test
    void possessiveInsideASingleQuotationIsNotItsEnd() {
        String text = "\u2018The players\u2019 union is angry,\u2019 he said.";
        QuoteAnalysis q = analyse(text);
        assertThat(q.pairs()).hasSize(1);
        assertThat(q.pairs().get(0).close().index()).isEqualTo(text.lastIndexOf('\u2019'));
        assertThat(q.unclosed()).isEmpty();
    }

    @Test
    void possessiveClosesAQuotationWhenNothingElseDoes() {
        QuoteAnalysis q = analyse("He called them \u2018the Smiths\u2019 and left.");
        assertThat(q.pairs()).hasSize(1);
        assertThat(q.unclosed()).isEmpty();
    }

    @Test
    void typewriterQuotesPair() {
        QuoteAnalysis q = analyse("Type `show w' and ``show c'' for details.");
        assertThat(q.pairs()).hasSize(3);
        assertThat(q.unclosed()).isEmpty();
        assertThat(q.unopened()).isEmpty();
    }

    @Test
    void primesAreIgnored() {
        assertThat(roles("a 5'10\" striker and a 12\" pizza, 6\u20192\u201D tall"))
                .containsOnly(Role.IGNORED);
    }

    @Test
    void aQuotedNumberStillCloses() {
        QuoteAnalysis q = analyse("He said \"in 2014\" twice and 'in 1999' once.");
        assertThat(q.pairs()).hasSize(2);
        assertThat(q.unclosed()).isEmpty();
        assertThat(q.unopened()).isEmpty();
    }

    @Test
    void quotationOverSeveralParagraphsIsBalanced() {
        String text = "\u201CWe will fight,\u201D he said. \u201CWe will not give up.\n\n\u201CNot now.\n\n\u201CNot ever.\u201D";
        QuoteAnalysis q = analyse(text);
        assertThat(q.unclosed()).isEmpty();
        assertThat(q.unopened()).isEmpty();
        assertThat(q.isQuoted(text.indexOf("Not now"))).isTrue();
    }

    @Test
    void openQuotationBeforeAParagraphThatDoesNotReopenIsUnclosed() {
        QuoteAnalysis q = analyse("He said, \u201CWe will fight.\n\nThe minister left.");
        assertThat(q.unclosed()).extracting(Mark::index).containsExactly(9);
    }

    @Test
    void evenStraightQuotesAreBalancedWhateverTheirDirections() {
        // Misplaced spaces mislead the direction guess (two closing, then two opening marks), but
        // four straight marks in a paragraph are taken as balanced.
        String text = "He said yes\" and no\" then \"maybe \"later.";
        assertThat(analyse(text).unclosed()).isEmpty();
        assertThat(analyse(text).unopened()).isEmpty();
        assertThat(analyse("She said \"yes and left.").unclosed()).hasSize(1);
    }

    @Test
    void nestedSameKindIsLinkedToItsParent() {
        QuoteAnalysis q = analyse("\"They try to \"punish\" Russia,\" he said.");
        assertThat(q.pairs()).hasSize(2);
        assertThat(q.pairs().get(1).parent()).isEqualTo(q.pairs().get(0));
        assertThat(q.pairs().get(0).parent()).isNull();
    }

    @Test
    void innerQuotationOfAnotherKindLeftOpenIsUnclosed() {
        QuoteAnalysis q = analyse("\u201CThey told us \u2018wait,\u201D he said.");
        assertThat(q.pairs()).hasSize(1);
        assertThat(q.unclosed()).extracting(Mark::glyph).containsExactly('\u2018');
    }

    @Test
    void majorityStyleCountsQuotesAndApostrophes() {
        QuoteAnalysis q = analyse("It's the \"plan\", Kyiv\u2019s too.");
        assertThat(q.count(QuoteAnalysis.Style.STRAIGHT)).isEqualTo(3);
        assertThat(q.count(QuoteAnalysis.Style.CURLY)).isEqualTo(1);
        assertThat(q.majorityStyle()).isEqualTo(QuoteAnalysis.Style.STRAIGHT);
    }

    @Test
    void survivesHostileInput() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            big.append(i % 3 == 0 ? "\u2018a\u2019s " : i % 3 == 1 ? "\"x " : "'");
        }
        big.append("\u0000<script>\"</script>\r\n\r\n\u201C");
        QuoteAnalysis q = analyse(big.toString());
        assertThat(q.marks()).isNotEmpty();
        assertThat(analyse("").marks()).isEmpty();
        assertThat(analyse("\"").unclosed()).hasSize(1);
    }
}
