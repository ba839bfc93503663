package dev.mtqa.report.html;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class WorstExamplesTest {

    @Test
    void keepsTheWorstInTheIndexsOrderWhateverOrderTheyCome() {
        Random random = new Random(5);
        for (int trial = 0; trial < 500; trial++) {
            int limit = random.nextInt(6);
            WorstExamples examples = new WorstExamples(limit);
            List<FileRow> offered = new ArrayList<>();
            for (int i = 0, n = random.nextInt(40); i < n; i++) {
                FileRow row = PageBudgetTest.row(i, random.nextInt(3), random.nextInt(3), random.nextInt(2));
                offered.add(row);
                examples.offer(row, new Link(row.name(), row.page()));
            }
            List<String> expected = offered.stream().sorted(FileRow.WORST_FIRST).limit(limit).map(FileRow::page).toList();
            assertThat(examples.links()).extracting(Link::href).as("trial %d", trial).containsExactlyElementsOf(expected);
            assertThat(examples.size()).isEqualTo(expected.size());
        }
    }
}
