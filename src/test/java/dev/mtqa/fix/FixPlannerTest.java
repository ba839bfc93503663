package dev.mtqa.fix;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;
import dev.mtqa.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FixPlannerTest {

    static Finding finding(String rule, Severity severity, int start, int end, Fix... fixes) {
        return new Finding(rule, Category.TYPOGRAPHY, severity, start, end, 1, start + 1, 1, end + 1, "x", "m",
                List.of(fixes), rule + start);
    }

    @Test
    void onlySafeFixesUnlessUnsafe() {
        Finding safe = finding("A", Severity.WARNING, 0, 1, new Fix(0, 1, "y", true));
        Finding review = finding("B", Severity.WARNING, 3, 4, new Fix(3, 4, "z", false));
        Finding none = finding("C", Severity.ERROR, 5, 6);
        FixPlanner.Plan plan = FixPlanner.plan(List.of(safe, review, none), false);
        assertThat(plan.edits()).extracting(e -> e.finding().rule()).containsExactly("A");
        assertThat(plan.leftForReview()).extracting(Finding::rule).containsExactly("B", "C");
        assertThat(FixPlanner.plan(List.of(safe, review, none), true).edits()).hasSize(2);
    }

    @Test
    void overlapsGoToTheMoreSevereThenTheEarlierThenTheRuleId() {
        Finding warning = finding("A", Severity.WARNING, 0, 5, new Fix(0, 5, "w", true));
        Finding error = finding("B", Severity.ERROR, 3, 8, new Fix(3, 8, "e", true));
        FixPlanner.Plan plan = FixPlanner.plan(List.of(warning, error), false);
        assertThat(plan.edits()).extracting(e -> e.finding().rule()).containsExactly("B");
        assertThat(plan.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.loser().finding().rule()).isEqualTo("A");
            assertThat(c.winner().finding().rule()).isEqualTo("B");
        });

        Finding early = finding("Z", Severity.WARNING, 0, 5, new Fix(0, 5, "a", true));
        Finding late = finding("A", Severity.WARNING, 2, 6, new Fix(2, 6, "b", true));
        assertThat(FixPlanner.plan(List.of(late, early), false).edits()).extracting(e -> e.finding().rule())
                .containsExactly("Z");

        Finding sameStartA = finding("A", Severity.WARNING, 0, 5, new Fix(0, 5, "a", true));
        Finding sameStartB = finding("B", Severity.WARNING, 0, 5, new Fix(0, 5, "b", true));
        assertThat(FixPlanner.plan(List.of(sameStartB, sameStartA), false).edits()).extracting(e -> e.finding().rule())
                .containsExactly("A");
    }

    @Test
    void identicalEditsAreMadeOnceWithoutAConflict() {
        Finding a = finding("A", Severity.WARNING, 0, 5, new Fix(0, 6, "", true));
        Finding b = finding("B", Severity.WARNING, 0, 5, new Fix(0, 6, "", true));
        FixPlanner.Plan plan = FixPlanner.plan(List.of(a, b), false);
        assertThat(plan.edits()).hasSize(1);
        assertThat(plan.conflicts()).isEmpty();
    }

    @Test
    void insertsConflictOnlyAtTheSamePointOrStrictlyInsideAnotherEdit() {
        PlannedEdit insertAt2 = new PlannedEdit(finding("A", Severity.INFO, 2, 2), new Fix(2, 2, ".", true));
        PlannedEdit replace0to2 = new PlannedEdit(finding("B", Severity.INFO, 0, 2), new Fix(0, 2, "x", true));
        PlannedEdit replace1to3 = new PlannedEdit(finding("C", Severity.INFO, 1, 3), new Fix(1, 3, "x", true));
        PlannedEdit anotherInsertAt2 = new PlannedEdit(finding("D", Severity.INFO, 2, 2), new Fix(2, 2, ",", true));
        assertThat(insertAt2.conflictsWith(replace0to2)).isFalse();
        assertThat(insertAt2.conflictsWith(replace1to3)).isTrue();
        assertThat(insertAt2.conflictsWith(anotherInsertAt2)).isTrue();
    }
}
