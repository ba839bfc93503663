package dev.mtqa.report.html;

import dev.mtqa.finding.FileResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SiteTallyTest {

    @Test
    void theSiteIsTheSourceFieldElseTheHostOfTheUrl() {
        assertThat(SiteTally.siteOf(Map.of("source", " Wire Service ", "url", "https://a.example/x"))).isEqualTo("Wire Service");
        assertThat(SiteTally.siteOf(Map.of("url", "https://WWW.News.Example:8443/path?q=1"))).isEqualTo("news.example");
        assertThat(SiteTally.siteOf(Map.of("domain", "paper.example"))).isEqualTo("paper.example");
        assertThat(SiteTally.siteOf(Map.of("url", "not a url at all"))).isNull();
        assertThat(SiteTally.siteOf(Map.of("url", "javascript:alert(1)"))).isNull();
        assertThat(SiteTally.siteOf(Map.of())).isNull();
        assertThat(SiteTally.siteOf(Map.of("source", "x".repeat(1_000_000)))).hasSize(SiteTally.MAX_NAME + 1);
    }

    @Test
    void sitesPastTheLimitAreAddedUpAsOtherSites() {
        SiteTally tally = new SiteTally();
        for (int i = 0; i < SiteTally.MAX_SITES + 500; i++) {
            tally.add(result(Map.of("url", "https://site" + i + ".example/")), 10);
        }
        assertThat(tally.size()).isEqualTo(SiteTally.MAX_SITES);
        assertThat(tally.worst()).hasSize(SiteTally.SHOWN);
    }

    @Test
    void documentsWithoutSourceAreNotCounted() {
        SiteTally tally = new SiteTally();
        tally.add(result(Map.of()), 100);
        assertThat(tally.size()).isZero();
        assertThat(tally.worst()).isEmpty();
    }

    private static FileResult result(Map<String, String> metadata) {
        return new FileResult("drop.jsonl", "1", FileResult.Status.CHECKED, null, "text", "UTF-8", List.of(), List.of(),
                metadata);
    }
}
