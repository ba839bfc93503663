package dev.mtqa.report.html;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages are held until the end, written early only past the memory limit, and a forgotten one never. */
class HeldPagesTest {
    private final List<String> written = new ArrayList<>();
    private final List<String> lost = new ArrayList<>();
    private final BiConsumer<FileRow, String> lose = (row, problem) -> lost.add(row.page() + ": " + problem);

    /** A page of document {@code n} whose text holds {@code chars} characters (2 bytes each, no findings). */
    private static HeldPages.Page page(int n, int chars) {
        FileRow row = PageBudgetTest.row(n, 1, 0, 0);
        return new HeldPages.Page(row, Findings.checked(row.name(), "x".repeat(chars), List.of()), Map.of());
    }

    private HeldPages pages(long maxBytes, String... failing) {
        return new HeldPages(p -> {
            if (List.of(failing).contains(p.row().page())) {
                return "no room";
            }
            synchronized (written) {
                written.add(p.row().page());
            }
            return null;
        }, maxBytes, 2);
    }

    @Test
    void heldPagesAreWrittenAtTheEnd() {
        HeldPages pages = pages(1_000);
        for (int i = 0; i < 4; i++) {
            pages.hold(page(i, 100), lose);
        }
        assertThat(written).isEmpty();
        assertThat(pages.forget("doc1.html")).isTrue();
        assertThat(pages.forget("doc1.html")).isFalse();
        assertThat(pages.forget("elsewhere.html")).isFalse();
        pages.writeAll(lose);
        assertThat(written).containsExactlyInAnyOrder("doc0.html", "doc2.html", "doc3.html");
        assertThat(lost).isEmpty();
    }

    @Test
    void pastTheLimitTheLongestHeldAreWrittenAtOnce() {
        HeldPages pages = pages(1_000);
        pages.hold(page(0, 300), lose);
        pages.hold(page(1, 150), lose);
        assertThat(written).isEmpty();
        // 600 + 300 + 200 bytes: the first goes out, the other two stay.
        pages.hold(page(2, 100), lose);
        assertThat(written).containsExactly("doc0.html");
        assertThat(pages.forget("doc0.html")).as("written, so the caller removes the file").isFalse();
        pages.writeAll(lose);
        assertThat(written).containsExactlyInAnyOrder("doc0.html", "doc1.html", "doc2.html");
    }

    @Test
    void aPageThatCannotBeWrittenIsLost() {
        HeldPages pages = pages(500, "doc0.html");
        pages.hold(page(0, 200), lose);
        pages.hold(page(1, 200), lose);
        pages.hold(page(2, 10), lose);
        pages.writeAll(lose);
        assertThat(lost).containsExactly("doc0.html: no room");
        assertThat(written).containsExactlyInAnyOrder("doc1.html", "doc2.html");
    }

    @Test
    void pagesWrittenAtTheEndAreLostInTheOrderTheyCame() {
        HeldPages pages = pages(1L << 30, "doc3.html", "doc11.html", "doc17.html");
        for (int i = 0; i < 20; i++) {
            pages.hold(page(i, 10), lose);
        }
        pages.writeAll(lose);
        assertThat(lost).containsExactly("doc3.html: no room", "doc11.html: no room", "doc17.html: no room");
        assertThat(written).hasSize(17);
    }

    @Test
    void aDocumentIsCountedByItsTextAndItsFindingsStrings() {
        FileResult result = Findings.checked("a.txt", "abc", List.of(Findings.finding("R", Category.TYPOGRAPHY,
                Severity.ERROR, "abc", 0, 2, "msg", Findings.fix(0, 2, "xyz", true))));
        Finding f = result.findings().get(0);
        // The text, and the finding's flagged "ab", message, fingerprint "R:0" and the fix's "xyz".
        assertThat(new HeldPages.Page(PageBudgetTest.row(0, 1, 0, 0), result, Map.of()).bytes())
                .isEqualTo(2 * 3 + HeldPages.FINDING_BYTES + 2 * (2 + 3 + f.fingerprint().length())
                        + HeldPages.FIX_BYTES + 2 * 3);
    }

    @Test
    void withOneThreadPagesAreWrittenInTheOrderTheyCame() {
        HeldPages pages = new HeldPages(p -> {
            written.add(p.row().page());
            return null;
        }, 1L << 30, 1);
        for (int i = 0; i < 5; i++) {
            pages.hold(page(i, 10), lose);
        }
        pages.writeAll(lose);
        assertThat(written).containsExactly("doc0.html", "doc1.html", "doc2.html", "doc3.html", "doc4.html");
    }
}
