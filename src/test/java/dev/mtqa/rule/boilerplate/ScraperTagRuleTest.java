package dev.mtqa.rule.boilerplate;

import dev.mtqa.RandomText;
import dev.mtqa.SeedTexts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick look at how a line begins never changes what the tag pattern says. */
class ScraperTagRuleTest {
    private static void assertSameAsPattern(String line) {
        assertThat(ScraperTagRule.isTag(line)).as("\u201c%s\u201d", line).isEqualTo(ScraperTagRule.matchesPattern(line));
    }

    @Test
    void tagsOfEveryKindAreStillFound() {
        for (String tag : List.of("source site-63", "SITE_12", "Site 4", "doc_id: 88412", "Document-ID=a-1",
                "ARTICLE id #x9", "item_id 5", "Post-id: 77", "story id: s-1", "RECORD_ID: 2",
                "Source: https://example.com/news/1", "URL = http://a.b/c", "Link: www.example.com", "via: https://x.y",
                "Original article: https://example.com/1", "https://example.com/2023/03/talks", "WWW.example.com/1")) {
            assertThat(ScraperTagRule.isTag(tag)).as(tag).isTrue();
        }
    }

    @Test
    void randomLinesGetThePatternsAnswer() {
        // Pieces of tags, their case variants beyond ASCII (long s, dotless i, dotted I, Kelvin
        // sign), and the ordinary words short lines with digits begin with.
        List<String> pieces = List.of("source", "site", "doc", "document", "article", "item", "post", "story", "record",
                "id", "url", "link", "via", "original", "http", "https", "://", "www.", "example.com/", "\u017fite",
                "\u0131tem", "\u0130TEM", "\u212a", "The ", "In 2023 ", "Page ", " ", ": ", "-", "_", "=", "#");
        Random random = new Random(11);
        int tags = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int p = random.nextInt(5); p >= 0; p--) {
                sb.append(random.nextBoolean() ? pieces.get(random.nextInt(pieces.size()))
                        : RandomText.of(random, "aZ09 .:-_/", random.nextInt(4)));
            }
            String line = random.nextInt(3) == 0 ? sb.toString().toUpperCase(Locale.ROOT) : sb.toString();
            assertSameAsPattern(line);
            tags += ScraperTagRule.matchesPattern(line) ? 1 : 0;
        }
        assertThat(tags).isGreaterThan(200);
    }

    @Test
    void everyLineOfTheSeedsGetsThePatternsAnswer() {
        for (String text : SeedTexts.texts()) {
            for (String line : text.split("\n")) {
                assertSameAsPattern(line.strip());
            }
        }
    }
}
