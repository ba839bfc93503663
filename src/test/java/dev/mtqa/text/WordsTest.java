package dev.mtqa.text;

import dev.mtqa.RandomText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {
    /** The definition: maximal runs of letters and combining marks. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Mn}\\p{Mc}]+");

    @Test
    void wordsAreRunsOfLettersAndMarksAndCapitalisedIsTheirFirstLetter() {
        // ASCII and other letters of both cases, digits, apostrophes, combining marks, astral
        // letters (one upper case), lone surrogates, the Kelvin sign and a title-case digraph.
        String alphabet = "aZ0 '-\u00e9\u00c9\u0301\u0903\u0416\u0436\ud801\udc00\ud835\udc1a\udc00\u212a\u01c5";
        Random random = new Random(17);
        for (int round = 0; round < 5_000; round++) {
            String text = RandomText.of(random, alphabet, random.nextInt(30));
            Words words = Words.of(text);
            List<Span> expected = new ArrayList<>();
            for (Matcher m = WORD.matcher(text); m.find(); ) {
                expected.add(new Span(m.start(), m.end()));
            }
            List<Span> actual = new ArrayList<>();
            for (int w = 0; w < words.size(); w++) {
                actual.add(new Span(words.start(w), words.end(w)));
                assertThat(words.ascii(w)).as("'%s' word %d", text, w)
                        .isEqualTo(words.word(w).chars().allMatch(c -> c < 0x80));
                assertThat(words.capitalised(w)).as("'%s' word %d", text, w)
                        .isEqualTo(Character.isUpperCase(text.codePointAt(words.start(w))));
            }
            assertThat(actual).as("'%s'", text).isEqualTo(expected);
            for (int offset = -1; offset <= text.length(); offset++) {
                int inside = -1;
                boolean cut = false;
                for (int w = 0; w < words.size(); w++) {
                    if (words.start(w) <= offset && offset < words.end(w)) {
                        inside = w;
                        cut = words.start(w) < offset;
                    }
                }
                assertThat(words.containing(offset)).as("'%s' at %d", text, offset).isEqualTo(inside);
                assertThat(words.cuts(offset)).as("'%s' cut at %d", text, offset).isEqualTo(cut);
            }
        }
    }
}
