package dev.mtqa.rule.boilerplate;

import dev.mtqa.RandomText;
import dev.mtqa.SeedTexts;
import dev.mtqa.config.RuleResources;
import dev.mtqa.input.Document;
import dev.mtqa.text.Span;
import dev.mtqa.text.Words;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screen never turns away a span that normalises to a whole phrase or holds a marker, and it
 * turns away most sentences of news text.
 */
class PhraseScreenTest {
    /** A list with the awkward cases: digits and non-ASCII letters in first words, one-word entries. */
    private static final PhraseList AWKWARD = PhraseList.parse(List.of(new RuleResources.Resource(
            "t-boilerplate-phrases.txt", "test", String.join("\n",
                    "12 comments", "Oops!", "\u00c9dition abonn\u00e9s", "\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a",
                    "...subscribe to our channel...", "...3 free articles...", "Read more",
                    "...caf\u00e9 newsletter...", "...covid19..."))));
    /**
     * The same without the marker whose longest word has a digit: such a list screens a document's
     * sentences by the sites of its markers' words ({@link PhraseScreen#sites}), the other reads
     * every sentence.
     */
    private static final PhraseList AWKWARD_BY_SITES = PhraseList.parse(List.of(new RuleResources.Resource(
            "t-boilerplate-phrases.txt", "test", String.join("\n",
                    "12 comments", "Oops!", "\u00c9dition abonn\u00e9s", "\u0417\u0430\u0433\u043e\u043b\u043e\u0432\u043e\u043a",
                    "...subscribe to our channel...", "...3 free articles...", "Read more",
                    "...caf\u00e9 newsletter...", "...mini mart..."))));

    /** Whether the list itself, normalising the span, finds a whole phrase or a marker in it. */
    private static boolean listFinds(PhraseList list, String text, int from, int to) {
        String key = PhraseList.normalise(text, from, to, Integer.MAX_VALUE);
        return list.wholeOfKey(key) != null || list.markerOfKey(key) != null;
    }

    private static void assertNeverMissed(PhraseList list, String text, int from, int to) {
        if (listFinds(list, text, from, to)) {
            assertThat(list.mayMatch(list.sites(Words.of(text)), from, to))
                    .as("\u201c%s\u201d in \u201c%s\u201d", text.substring(from, to), text).isTrue();
        }
        String key = PhraseList.normalise(text, from, to, Integer.MAX_VALUE);
        if (list.wholeOfKey(key) != null) {
            assertThat(list.whole(text, from, to)).as("\u201c%s\u201d", text.substring(from, to)).isNotNull();
        }
    }

    @Test
    void spansThatMatchAreNeverTurnedAway() {
        List<String> matching = List.of("12 Comments", "  \u2022 OOPS\u2026", "Oops", "\u00c9DITION abonn\u00e9s",
                "\u0417\u0410\u0413\u041e\u041b\u041e\u0412\u041e\u041a", "Please subscribe to our channel today.",
                "Get 3 free articles now", "Get 37 free articles now", "(Read more)", "The caf\u00e9 newsletter is out.",
                "Read\u2019more", "read-more", "Subscribe, to our channel!",
                "Follow our COVID19 live page.");
        for (String text : matching) {
            assertThat(listFinds(AWKWARD, text, 0, text.length())).as(text).isTrue();
            assertThat(AWKWARD.mayMatch(AWKWARD.sites(Words.of(text)), 0, text.length())).as(text).isTrue();
        }
    }

    @Test
    void randomSpansThatMatchAreNeverTurnedAway() {
        randomSpansThatMatchAreNeverTurnedAway(AWKWARD, 5);
    }

    @Test
    void randomSpansThatMatchAreNeverTurnedAwayByTheSitesOfTheMarkers() {
        randomSpansThatMatchAreNeverTurnedAway(AWKWARD_BY_SITES, 6);
    }

    @Test
    void sitesAreTheMarkersWordsAndTheWordsBeyondAscii() {
        String text = "Please SUBSCRIBE to our channel. The caf\u00e9 is open. The channel is new.";
        PhraseScreen.Sites sites = AWKWARD_BY_SITES.sites(Words.of(text));
        int subscribe = text.indexOf("SUBSCRIBE");
        int cafe = text.indexOf("caf\u00e9");
        int second = text.indexOf("The channel");
        assertThat(sites.within(subscribe, subscribe + 1)).isTrue();
        assertThat(sites.within(cafe + 3, cafe + 4)).isTrue();
        assertThat(sites.within(0, subscribe)).isFalse();
        assertThat(sites.within(second, text.length())).isFalse();
        assertThat(AWKWARD_BY_SITES.mayMatch(sites, 0, text.indexOf('.') + 1)).isTrue();
        assertThat(AWKWARD_BY_SITES.mayMatch(sites, second, text.length())).isFalse();
        // A span that starts inside a word reads its part of the word as a word.
        String glued = "Pleasesubscribe to our channel";
        PhraseScreen.Sites gluedSites = AWKWARD_BY_SITES.sites(Words.of(glued));
        assertThat(gluedSites.within(0, glued.length())).isFalse();
        assertThat(AWKWARD_BY_SITES.mayMatch(gluedSites, 6, glued.length())).isTrue();
        assertThat(AWKWARD_BY_SITES.mayMatch(gluedSites, 0, glued.length())).isFalse();
    }

    private static void randomSpansThatMatchAreNeverTurnedAway(PhraseList list, long seed) {
        String alphabet = "aZ09 .,\u2022\u00e9\u0301\u0903\u0416\u0130\uD835\uDC00\u0663_-'\u2019";
        List<String> pieces = List.of("12 comments", "oops", "read more", "subscribe to our channel", "3 free articles",
                "\u00e9dition abonn\u00e9s", "caf\u00e9 newsletter", "covid19", "Covid-19", "The ", " said ", "\u201c", ". ",
                "mini mart", "MINI\u0301 mart", "mini\u0903mart", "mini19 mart", "mini", "mart", "ini mar");
        Random random = new Random(seed);
        int matched = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int p = random.nextInt(4); p >= 0; p--) {
                sb.append(random.nextBoolean() ? pieces.get(random.nextInt(pieces.size())) : RandomText.of(random, alphabet, random.nextInt(6)));
            }
            String text = random.nextBoolean() ? sb.toString().toUpperCase(java.util.Locale.ROOT) : sb.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertNeverMissed(list, text, from, to);
            matched += listFinds(list, text, from, to) ? 1 : 0;
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void theBuiltInListMissesNoSentenceOfTheSeedsAndTurnsAwayMostOfThem() {
        PhraseList list = PhraseList.of(RuleResources.builtIn());
        int sentences = 0;
        int turnedAway = 0;
        List<String> texts = new ArrayList<>(SeedTexts.texts());
        // Every boilerplate phrase of the list, as a sentence of its own between article text.
        texts.add(String.join(" ", List.of("Prices rose.", "Share this article.", "Loading comments\u2026",
                "Please enable JavaScript to view the comments.", "Follow us on Telegram for the latest updates.")));
        for (String text : texts) {
            Document document = Document.of("t", text);
            for (Span sentence : document.sentences()) {
                sentences++;
                assertNeverMissed(list, text, sentence.start(), sentence.end());
                turnedAway += list.mayMatch(list.sites(document.words()), sentence.start(), sentence.end()) ? 0 : 1;
            }
            for (int line = 0; line < document.index().lineCount(); line++) {
                Span span = document.index().line(line);
                assertNeverMissed(list, text, span.start(), span.end());
            }
        }
        assertThat(turnedAway).as("of %d sentences", sentences).isGreaterThan(sentences * 3 / 4);
    }
}
