package dev.mtqa.report.html;

import dev.mtqa.finding.Category;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The worst documents keep their pages, whatever order they arrive in. */
class PageBudgetTest {

    /** A row of document {@code order} with these counts, its page named after it. */
    static FileRow row(long order, int errors, int warnings, int infos) {
        return new FileRow(order, "doc" + order, "doc" + order + ".html", 100, errors, warnings, infos,
                new int[Category.values().length]);
    }

    /** Feeds rows as the reporter does (keep when wanted, give up what is displaced) and checks each step. */
    @Test
    void afterEveryDocumentThePagesAreThoseOfTheWorstSoFar() {
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int capacity = random.nextInt(12);
            PageBudget budget = new PageBudget(capacity);
            Set<String> onDisk = new HashSet<>();
            List<FileRow> seen = new ArrayList<>();
            int documents = random.nextInt(80);
            long written = 0;
            for (int i = 0; i < documents; i++) {
                // Few distinct counts, so that ties (decided by input order) are common.
                FileRow row = row(i, random.nextInt(3), random.nextInt(3), random.nextInt(2));
                seen.add(row);
                if (budget.wants(row)) {
                    written++;
                    onDisk.add(row.page());
                    FileRow displaced = budget.keep(row);
                    if (displaced != null) {
                        assertThat(onDisk.remove(displaced.page())).isTrue();
                    }
                }
                Set<String> worst = seen.stream().sorted(FileRow.WORST_FIRST).limit(capacity)
                        .map(FileRow::page).collect(Collectors.toSet());
                assertThat(onDisk).as("trial %d after %d", trial, i).isEqualTo(worst);
                for (FileRow r : seen) {
                    assertThat(budget.has(r.page())).isEqualTo(worst.contains(r.page()));
                }
                assertThat(budget.withoutPage()).isEqualTo(seen.size() - worst.size());
            }
            assertThat(written).isLessThanOrEqualTo(documents);
        }
    }

    @Test
    void inARandomOrderFewPagesAreWrittenAndRemoved() {
        Random random = new Random(11);
        PageBudget budget = new PageBudget(100);
        long written = 0;
        int documents = 20_000;
        for (int i = 0; i < documents; i++) {
            FileRow row = row(i, random.nextInt(50), random.nextInt(50), random.nextInt(50));
            if (budget.wants(row)) {
                written++;
                budget.keep(row);
            }
        }
        // About capacity * (1 + ln(documents / capacity)) = 630; far from one page per document.
        assertThat(written).isBetween(300L, 1_500L);
        assertThat(budget.withoutPage()).isEqualTo(documents - 100);
    }

    @Test
    void noBudgetKeepsNothingAndUnlimitedKeepsEverything() {
        PageBudget none = new PageBudget(0);
        PageBudget all = new PageBudget(PageBudget.UNLIMITED);
        for (int i = 0; i < 50; i++) {
            FileRow row = row(i, i % 4, 0, 0);
            assertThat(none.wants(row)).isFalse();
            assertThat(all.wants(row)).isTrue();
            assertThat(all.keep(row)).isNull();
        }
        assertThat(none.withoutPage()).isEqualTo(50);
        assertThat(all.withoutPage()).isZero();
        assertThatThrownBy(() -> new PageBudget(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRowWithoutAPageIsNeverInTheReport() {
        PageBudget budget = new PageBudget(3);
        assertThat(budget.has(null)).isFalse();
        FileRow worst = row(0, 9, 0, 0);
        budget.wants(worst);
        budget.keep(worst);
        assertThat(budget.has("doc0.html")).isTrue();
        assertThat(budget.has("doc1.html")).isFalse();
        assertThat(budget.capacity()).isEqualTo(3);
    }

    @Test
    void aPageLostAfterAllIsNoLongerInTheReport() {
        PageBudget budget = new PageBudget(2);
        FileRow bad = row(0, 5, 0, 0);
        FileRow worse = row(1, 9, 0, 0);
        for (FileRow r : List.of(bad, worse)) {
            budget.wants(r);
            budget.keep(r);
        }
        budget.lost(worse);
        assertThat(budget.has("doc1.html")).isFalse();
        assertThat(budget.has("doc0.html")).isTrue();
        assertThat(budget.lost()).isEqualTo(1);
        assertThat(budget.kept()).isEqualTo(1);
        assertThat(budget.withoutPage()).as("not for the budget's sake").isZero();
        // A row the budget does not keep is lost only once.
        budget.lost(worse);
        assertThat(budget.lost()).isEqualTo(1);
    }
}
