package dev.mtqa.rule.boilerplate;

import dev.mtqa.config.RuleResources;
import org.junit.jupiter.api.Test;

import java.util.List;

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
