package dev.mtqa.rule.boilerplate;

import dev.mtqa.RandomText;
import dev.mtqa.config.RuleResources;
import dev.mtqa.text.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseListTest {
    private static PhraseList list(String... files) {
        List<RuleResources.Resource> resources = new java.util.ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            resources.add(new RuleResources.Resource("f" + i + "-boilerplate-phrases.txt", "test", files[i]));
        }
        return PhraseList.parse(resources);
    }

    @Test
    void normalisationKeepsOnlyWordsAndReadsNumbersAsZero() {
        assertThat(PhraseList.normalise("  \u2022 Oops!  ", 100)).isEqualTo("oops");
        assertThat(PhraseList.normalise("Comments (12)", 100)).isEqualTo("comments 0");
        assertThat(PhraseList.normalise("Required fields are marked *", 100)).isEqualTo("required fields are marked");
        assertThat(PhraseList.normalise("Don\u2019t miss \u00bb", 100)).isEqualTo("don t miss");
        assertThat(PhraseList.normalise("\u0417\u0410\u0413\u041e\u041b\u041e\u0412\u041e\u041a", 100))
                .isEqualTo("\u0437\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a");
        assertThat(PhraseList.normalise("1.2K views", 100)).isEqualTo("0 0k views");
    }

    @Test
    void normalisationOfASpanIsThatOfTheSubstring() {
        String text = "Prices rose. Comments (12) \uD835\uDC00bc \u00e9\u0301t\u00e9 \u1E9E! End";
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            int from = random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            int max = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt(12);
            assertThat(PhraseList.normalise(text, from, to, max)).as("%d-%d max %d", from, to, max)
                    .isEqualTo(reference(text.substring(from, to), max));
        }
    }

    @Test
    void normalisationMatchesItsDefinitionOnRandomText() {
        String alphabet = "aZ09 .,\u2022\u00e9\u0301\u0416\u1E9E\u0130\uD835\uDC00\u0663_-'\u2019";
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomText.of(random, alphabet, random.nextInt(30));
            int max = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt(20);
            assertThat(PhraseList.normalise(text, max)).as("%s max %d", text, max).isEqualTo(reference(text, max));
        }
    }

    /**
     * The definition, written for clarity: words are runs of letters and digits, lower-cased,
     * each run of digits one 0, joined by one space; non-spacing marks neither join nor split.
     */
    private static String reference(String text, int max) {
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        boolean digits = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean letter = Character.isLetter(c);
            boolean digit = !letter && Character.isDigit(c);
            if (letter || digit) {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                    digits = false;
                }
                gap = false;
                if (digit) {
                    if (!digits) {
                        sb.append('0');
                    }
                    digits = true;
                } else {
                    sb.appendCodePoint(Character.toLowerCase(c));
                    digits = false;
                }
                if (sb.length() > max) {
                    return null;
                }
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        return sb.toString();
    }

    @Test
    void lettersAreTheCodePointsOfTheKeyOtherThanSpacesAndZeros() {
        // Letters whose lower case is ASCII (U+0130, the Kelvin sign), astral letters, combining
        // marks, digits of other scripts, lone surrogates.
        String alphabet = "aZ0 .\u0130\u212a\u00e9\u0301\u0663\ud835\udc00\ud801\udc00\udc00\u00df";
        Random random = new Random(9);
        for (int round = 0; round < 5_000; round++) {
            String text = RandomText.of(random, alphabet, random.nextInt(24));
            Span span = RandomText.span(random, text);
            String key = PhraseList.normalise(text, span.start(), span.end(), Integer.MAX_VALUE);
            long expected = key.codePoints().filter(c -> c != ' ' && c != '0').count();
            assertThat(PhraseList.letters(text, span.start(), span.end())).as("'%s' %s", text, span).isEqualTo((int) expected);
        }
    }

    @Test
    void normalisationStopsEarlyOnLongText() {
        assertThat(PhraseList.normalise("word ".repeat(1_000_000), 50)).isNull();
        assertThat(PhraseList.normalise("*".repeat(1_000_000) + "Read more", 50)).isEqualTo("read more");
    }

    @Test
    void wholePhrasesMatchWholeTextOnly() {
        PhraseList list = list("# comment\nMost Popular\nComments (0)\n");
        assertThat(list.whole("MOST POPULAR")).isEqualTo("Most Popular");
        assertThat(list.whole("\u2022 Comments 37")).isEqualTo("Comments (0)");
        assertThat(list.whole("Most Popular stories")).isNull();
        assertThat(list.whole("The most popular choice")).isNull();
    }

    @Test
    void markersMatchWholeWordsInsideASentence() {
        PhraseList list = list("...subscribe to our Telegram channel...\n...subscribe to our telegram...\n");
        assertThat(list.marker("If you want the news, subscribe to our Telegram channel!", 1000))
                .isEqualTo("subscribe to our Telegram channel");
        assertThat(list.marker("Please subscribe to our Telegram.", 1000)).isEqualTo("subscribe to our telegram");
        assertThat(list.marker("They resubscribe to our telegrams weekly.", 1000)).isNull();
        assertThat(list.marker("x ".repeat(600), 1000)).isNull();
    }

    @Test
    void laterFilesAddAndRemove() {
        PhraseList list = list("Share\nTweet\n", "!Share\nAnnonce\n");
        assertThat(list.whole("Share")).isNull();
        assertThat(list.whole("Tweet")).isEqualTo("Tweet");
        assertThat(list.whole("Annonce")).isEqualTo("Annonce");
    }

    @Test
    void entriesWithoutLettersAreIgnored() {
        PhraseList list = list("404\n1 / 12\n");
        assertThat(list.size()).isZero();
        assertThat(list.whole("2022")).isNull();
    }

    @Test
    void theBuiltInListIsLargeAndSharedPerConfiguration() {
        RuleResources resources = RuleResources.builtIn();
        PhraseList list = PhraseList.of(resources);
        assertThat(list.size()).isGreaterThan(500);
        assertThat(PhraseList.of(resources)).isSameAs(list);
        assertThat(list.whole("Leave a Reply")).isNotNull();
        assertThat(list.whole("Your email address will not be published. Required fields are marked *")).isNotNull();
    }
}
