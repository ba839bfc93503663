package dev.mtqa.report.html;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PageNamesTest {

    private static PageNames names() {
        return new PageNames(List.of("seeds", "./corpus/", "/data/news"), List.of("one/article.txt"), Set.of("index.html"));
    }

    @Test
    void namedAfterThePathBelowTheFolderNamed() {
        PageNames names = names();
        assertThat(names.next("seeds/000_68b0b6fc8582c976.txt", null)).isEqualTo("000_68b0b6fc8582c976.txt.html");
        assertThat(names.next("corpus/2023/05/a.txt", null)).isEqualTo("2023_05_a.txt.html");
        assertThat(names.next("/data/news/b.md", null)).isEqualTo("b.md.html");
        assertThat(names.next("one/article.txt", null)).isEqualTo("article.txt.html");
        assertThat(names.next("elsewhere/c.txt", null)).isEqualTo("elsewhere_c.txt.html");
        assertThat(names.next("seeds/feed.jsonl", "42")).isEqualTo("feed.jsonl_42.html");
        assertThat(names.next("<stdin>", null)).isEqualTo("stdin.html");
    }

    @Test
    void namesAreSafeWhateverThePath() {
        PageNames names = names();
        for (String hostile : List.of("../../etc/passwd", "..", ".", "/", "", "a/../../b", ".hidden",
                "x\u0000y", "a\\b\\..\\c", "con", "<script>", "   ", "\u202e\u2066", "a:b*c?d|e\"f")) {
            String name = names.next(hostile, null);
            assertThat(name).matches("[A-Za-z0-9_-][A-Za-z0-9._-]*\\.html").doesNotContain("..").doesNotContain("/");
        }
        assertThat(names.next("Київ/новини.txt", null)).isEqualTo("Kiiv_novini.txt.html");
        String longName = names.next("a".repeat(500) + ".txt", null);
        assertThat(longName.length()).isLessThanOrEqualTo(PageNames.MAX_STEM + 5);
    }

    @Test
    void collisionsGetAStableHashAndNothingReplacesTheIndex() {
        PageNames first = names();
        PageNames second = names();
        for (PageNames names : List.of(first, second)) {
            assertThat(names.next("seeds/a b.txt", null)).isEqualTo("a_b.txt.html");
            assertThat(names.next("seeds/a_b.txt", null)).isEqualTo("a_b.txt-" + PageNames.shortHash("seeds/a_b.txt") + ".html");
            assertThat(names.next("seeds/A_B.TXT", null)).startsWith("A_B.TXT-");
            assertThat(names.next("seeds/index", null)).isNotEqualTo("index.html").startsWith("index-");
        }
    }
}
