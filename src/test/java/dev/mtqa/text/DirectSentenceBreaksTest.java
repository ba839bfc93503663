package dev.mtqa.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import dev.mtqa.RandomText;
import dev.mtqa.SeedTexts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The direct boundaries are ICU's, boundary by boundary: without the abbreviation filter against
 * ICU's plain English iterator (the rules of UAX #29), and with ICU's filter around both against
 * the {@code en@ss=standard} iterator that {@link Sentences} used before.
 */
class DirectSentenceBreaksTest {
    private final BreakIterator icuPlain = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
    private final BreakIterator icuFiltered = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    private final DirectSentenceBreaks direct = new DirectSentenceBreaks();
    private final BreakIterator directFiltered =
            FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH).wrapIteratorWithFilter(direct);

    private static List<Integer> boundaries(BreakIterator breaker) {
        List<Integer> all = new ArrayList<>();
        for (int b = breaker.first(); b != BreakIterator.DONE; b = breaker.next()) {
            all.add(b);
        }
        return all;
    }

    /** Compares the two on {@code text}; false when the direct iterator does not read it. */
    private boolean sameAsIcu(String text) {
        if (!direct.reset(text)) {
            return false;
        }
        List<Integer> plain = boundaries(direct);
        icuPlain.setText(text);
        assertThat(plain).as("rules on \u201c%s\u201d", text).isEqualTo(boundaries(icuPlain));
        direct.reset(text);
        icuFiltered.setText(text);
        assertThat(boundaries(directFiltered)).as("filtered on \u201c%s\u201d", text).isEqualTo(boundaries(icuFiltered));
        return true;
    }

    @Test
    void eachRuleAsIcuHasIt() {
        for (String text : List.of("", "a", ".", "\n", "\r\n", "\r", "a\r\rb", "Hi. There.", "Hi.\nthere", "3.14 is pi.",
                "The U.S. Army left. It rained.", "U.S.A. Today", "etc. and so on", "He left at 5 p.m. on Monday.",
                "\u201cGo.\u201d She left.", "(He left.) Then", "Wait... what?! No. ", "Done.  \u00a0 Next", "Yes.\u2028No",
                "Yes.\u0085No", "Mr. Smith and Dr. Jones met Gen. Lee.", "It was Ph.D. work. Next.", "Stop.\u201d\u2019) Go",
                "a.b", "Go!Now", "Go! now", "Go. - then", "Go.; then", "Go. 5 people", "Go. \u00ab Then \u00bb.",
                "\u4e2d\u6587\u3002\u4e2d\u6587", "\u0416\u0436. \u0416\u0436", "No. 5 is next.", "e.g. this one")) {
            assertThat(sameAsIcu(text)).as(text).isTrue();
        }
    }

    @Test
    void textsWithExtendOrFormatCharactersOrSurrogatesAreLeftToIcu() {
        for (String text : List.of("soft\u00adhyphen. Yes", "cafe\u0301. Yes", "a\u200db. c", "\ud83d\ude00. Yes", "a\ufeffb")) {
            assertThat(direct.reset(text)).as(text).isFalse();
        }
    }

    @Test
    void randomTextsGetIcusBoundaries() {
        String alphabet = "aAzZ09 .!?,;:-\"'()[]\u00ab\u00bb\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u00a0\t\n\r\u2028\u0085"
                + "\u3002\u0416\u0436\u00e7\u00c7\u4e2d%$#*/";
        List<String> pieces = List.of("Mr. ", "Mrs. ", "U.S. ", "U.S.A. ", "e.g. ", "i.e. ", "Ph.D. ", "etc. ", "p.m. ",
                "No. ", "Dr. ", "Jan. ", "Inc. ", "St. ", "vs. ", " the ", " The ", "3.5", "...", "?!", ". \"", ".) ", "\r\n");
        Random random = new Random(29);
        int compared = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int p = random.nextInt(8); p >= 0; p--) {
                sb.append(random.nextInt(3) == 0 ? pieces.get(random.nextInt(pieces.size()))
                        : RandomText.of(random, alphabet, random.nextInt(5)));
            }
            compared += sameAsIcu(sb.toString()) ? 1 : 0;
        }
        assertThat(compared).isEqualTo(30_000);
    }

    @Test
    void textsOfAnyCharactersGetIcusBoundaries() {
        // Characters from the whole Basic Multilingual Plane, every Sentence_Break class among them
        // (other scripts' terminators, closing marks, digits and letters), between terminators and
        // spaces; texts with an Extend or Format character go to ICU and are not compared.
        String common = ".!? \n\"a";
        Random random = new Random(31);
        int compared = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(24); k >= 0; k--) {
                char c = random.nextBoolean() ? common.charAt(random.nextInt(common.length())) : (char) random.nextInt(0xD800);
                sb.append(c);
            }
            compared += sameAsIcu(sb.toString()) ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    @Test
    void articlesGetIcusBoundaries() {
        List<String> seeds = SeedTexts.texts();
        int compared = 0;
        for (String text : seeds) {
            compared += sameAsIcu(text) ? 1 : 0;
            for (String paragraph : text.split("\n\n")) {
                compared += sameAsIcu(paragraph) ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(seeds.size() * 5);
    }

    @Test
    void itMovesAsABreakIteratorShould() {
        String text = "One. Two! Three?\nFour";
        assertThat(direct.reset(text)).isTrue();
        icuPlain.setText(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(direct.following(offset)).as("following %d", offset).isEqualTo(icuPlain.following(offset));
            assertThat(direct.preceding(offset)).as("preceding %d", offset).isEqualTo(icuPlain.preceding(offset));
            assertThat(direct.isBoundary(offset)).as("isBoundary %d", offset).isEqualTo(icuPlain.isBoundary(offset));
        }
        assertThat(direct.last()).isEqualTo(icuPlain.last());
        assertThat(direct.previous()).isEqualTo(icuPlain.previous());
        assertThat(direct.next(-2)).isEqualTo(icuPlain.next(-2));
        assertThat(direct.current()).isEqualTo(icuPlain.current());
    }
}
