package dev.mtqa.fix;

import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses which suggested fixes to apply: each finding's first suggestion if it is safe (or, with
 * {@code unsafe}, whatever it is), and among edits that overlap, the one of the more severe
 * finding, then the earlier one, then the one whose rule id sorts first. The others are not
 * dropped silently: they come back as conflicts, and findings whose fix needs review come back
 * as left for review.
 */
public final class FixPlanner {
    static final Comparator<PlannedEdit> PRIORITY = Comparator
            .comparing((PlannedEdit e) -> e.finding().severity())
            .thenComparingInt(e -> e.fix().start())
            .thenComparing(e -> e.finding().rule())
            .thenComparingInt(e -> e.fix().end());

    /** The outcome of planning. */
    public record Plan(List<PlannedEdit> edits, List<Conflict> conflicts, List<Finding> leftForReview) {
    }

    /** An edit not applied because a higher-priority edit covers the same text. */
    public record Conflict(PlannedEdit loser, PlannedEdit winner) {
    }

    private FixPlanner() {
    }

    public static Plan plan(List<Finding> findings, boolean unsafe) {
        List<PlannedEdit> candidates = new ArrayList<>();
        List<Finding> review = new ArrayList<>();
        for (Finding f : findings) {
            if (f.fixes().isEmpty()) {
                review.add(f);
                continue;
            }
            Fix first = f.fixes().get(0);
            if (first.safe() || unsafe) {
                candidates.add(new PlannedEdit(f, first));
            } else {
                review.add(f);
            }
        }
        Plan resolved = resolve(candidates);
        return new Plan(resolved.edits(), resolved.conflicts(), List.copyOf(review));
    }

    /**
     * Resolves overlaps among chosen edits (an editor's accepted suggestions, say): the edit of the
     * more severe finding wins, then the earlier one, then the one whose rule id sorts first.
     */
    public static Plan resolve(List<PlannedEdit> chosen) {
        List<PlannedEdit> candidates = new ArrayList<>(chosen);
        candidates.sort(PRIORITY);
        List<PlannedEdit> accepted = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        for (PlannedEdit candidate : candidates) {
            PlannedEdit blocker = accepted.stream().filter(candidate::conflictsWith).findFirst().orElse(null);
            if (blocker == null) {
                accepted.add(candidate);
            } else if (!sameEdit(candidate, blocker)) {
                conflicts.add(new Conflict(candidate, blocker));
            }
        }
        accepted.sort(Comparator.comparingInt((PlannedEdit e) -> e.fix().start()).thenComparingInt(e -> e.fix().end()));
        return new Plan(List.copyOf(accepted), List.copyOf(conflicts), List.of());
    }

    /** Two rules proposing the very same edit are not in conflict; the edit is made once. */
    private static boolean sameEdit(PlannedEdit a, PlannedEdit b) {
        return a.fix().start() == b.fix().start() && a.fix().end() == b.fix().end()
                && a.fix().replacement().equals(b.fix().replacement());
    }
}
