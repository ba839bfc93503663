package dev.mtqa.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.of(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(sentences("Mr. Putin spoke. Then Dr. Smith left."))
                .containsExactly("Mr. Putin spoke.", "Then Dr. Smith left.");
    }

    @Test
    void initialsDoNotEndSentences() {
        assertThat(sentences("The book by J. K. Rowling sold well. It was long."))
                .containsExactly("The book by J. K. Rowling sold well.", "It was long.");
    }

    @Test
    void aSentenceEndingInACapitalisedWordStillEnds() {
        assertThat(sentences("He met officials in the US. They agreed."))
                .containsExactly("He met officials in the US.", "They agreed.");
    }

    @Test
    void aLineBreakEndsASentence() {
        assertThat(sentences("Top topics:\nPutin says talks are possible\nHe said so."))
                .containsExactly("Top topics:", "Putin says talks are possible", "He said so.");
    }

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        String text = "First line\nsecond line\n\n \nThird\n";
        TextIndex index = new TextIndex(text);
        assertThat(Paragraphs.of(index).stream().map(s -> s.of(text)))
                .containsExactly("First line\nsecond line", "Third");
    }
}
