package dev.mtqa.fix;

import dev.mtqa.finding.Finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cleans a text with the fixes its findings suggest, and never makes it worse:
 * <ol>
 *   <li>plan: the safe fixes (all first suggestions with {@code unsafe}), overlaps resolved by
 *       {@link FixPlanner};</li>
 *   <li>apply them, touching nothing outside their spans;</li>
 *   <li>check the result again: an edit that makes a new finding appear next to it is rolled back
 *       (and reported), and the rest applied again without it; a new finding that a safe fix can
 *       repair in the next round (an entity that decodes to another entity) is progress, not harm;</li>
 *   <li>repeat on the result until nothing is left to apply, at most {@link #MAX_ROUNDS} rounds,
 *       since a repair can reveal another (mojibake hiding a no-break space).</li>
 * </ol>
 * Fixing the result again changes nothing: a rolled-back edit is rolled back again.
 */
public final class Fixer {
    public static final int MAX_ROUNDS = 4;

    /** Checks a text; the fixer calls it after each round. */
    @FunctionalInterface
    public interface Checker {
        List<Finding> check(String text);
    }

    /** An edit that was made, as the finding that asked for it saw the text in its round. */
    public record Applied(PlannedEdit edit, int round) {
    }

    /** An edit that was undone because it made {@code caused} appear. */
    public record RolledBack(PlannedEdit edit, Finding caused) {
    }

    /**
     * @param text          the cleaned text
     * @param remaining     every finding in the cleaned text
     * @param leftForReview those of them whose fix needs review, or that have none
     */
    public record Outcome(String text, List<Applied> applied, List<RolledBack> rolledBack,
                          List<FixPlanner.Conflict> conflicts, List<Finding> remaining, List<Finding> leftForReview,
                          int rounds) {
        public boolean changed(String original) {
            return !text.equals(original);
        }
    }

    private Fixer() {
    }

    public static Outcome fix(String text, Checker checker, boolean unsafe) {
        String current = text;
        List<Finding> findings = checker.check(current);
        List<Applied> applied = new ArrayList<>();
        List<RolledBack> rolledBack = new ArrayList<>();
        List<FixPlanner.Conflict> conflicts = new ArrayList<>();
        Set<String> refused = new HashSet<>();
        Set<String> seen = new HashSet<>();
        seen.add(text);
        int round = 0;
        FixPlanner.Plan plan = FixPlanner.plan(findings, unsafe);
        while (round < MAX_ROUNDS) {
            List<PlannedEdit> edits = new ArrayList<>(plan.edits());
            edits.removeIf(e -> refused.contains(key(e)));
            if (edits.isEmpty()) {
                break;
            }
            round++;
            for (FixPlanner.Conflict c : plan.conflicts()) {
                if (conflicts.stream().noneMatch(known -> key(known.loser()).equals(key(c.loser())))) {
                    conflicts.add(c);
                }
            }
            TextEdits.Result result;
            List<Finding> after;
            while (true) {
                result = TextEdits.apply(current, edits);
                after = checker.check(result.text());
                List<RolledBack> culprits = culprits(findings, after, result.landed());
                if (culprits.isEmpty()) {
                    break;
                }
                for (RolledBack culprit : culprits) {
                    rolledBack.add(culprit);
                    refused.add(key(culprit.edit()));
                    edits.remove(culprit.edit());
                }
                if (edits.isEmpty()) {
                    result = null;
                    break;
                }
            }
            if (result == null) {
                continue;
            }
            if (!seen.add(result.text())) {
                break; // the edits undo an earlier round's: stop where we are
            }
            for (PlannedEdit e : edits) {
                applied.add(new Applied(e, round));
            }
            current = result.text();
            findings = after;
            plan = FixPlanner.plan(findings, unsafe);
        }
        List<Finding> review = FixPlanner.plan(findings, unsafe).leftForReview();
        return new Outcome(current, applied, rolledBack, conflicts, List.copyOf(findings), review, round);
    }

    /**
     * Applies exactly the chosen edits, overlaps resolved as in {@link FixPlanner#resolve}, with no
     * re-check: what an editor who accepted these suggestions gets (the HTML report's "download
     * cleaned text" does the same in the browser).
     */
    public static String applyChosen(String text, List<PlannedEdit> chosen) {
        return TextEdits.apply(text, FixPlanner.resolve(chosen).edits()).text();
    }

    /** Identifies an edit across rounds: rule, flagged text and its context, and the replacement. */
    private static String key(PlannedEdit e) {
        return e.finding().rule() + '\u0000' + e.finding().fingerprint() + '\u0000' + e.fix().replacement();
    }

    /**
     * The edits that made things worse. A finding of the new text that touches an edit's new span
     * blames the edit when it is the edit's own finding still there (the edit did not cure it), or
     * when no finding of the same rule and text touched the edit's span before (the edit caused it).
     */
    private static List<RolledBack> culprits(List<Finding> before, List<Finding> after, List<TextEdits.Landed> landed) {
        List<RolledBack> culprits = new ArrayList<>();
        for (Finding f : after) {
            for (TextEdits.Landed l : landed) {
                boolean touches = f.start() <= l.newEnd() && l.newStart() <= f.end();
                if (!touches || culprits.stream().anyMatch(c -> c.edit() == l.edit())) {
                    continue;
                }
                Finding own = l.edit().finding();
                boolean uncured = f.rule().equals(own.rule()) && f.text().equals(own.text());
                boolean repairable = !f.fixes().isEmpty() && f.fixes().get(0).safe();
                if (uncured || (!repairable && !existedBefore(f, l, before))) {
                    culprits.add(new RolledBack(l.edit(), f));
                }
            }
        }
        return culprits;
    }

    private static boolean existedBefore(Finding f, TextEdits.Landed l, List<Finding> before) {
        int oldStart = l.edit().fix().start();
        int oldEnd = l.edit().fix().end();
        return before.stream().anyMatch(b -> b.rule().equals(f.rule()) && b.text().equals(f.text())
                && b.start() <= oldEnd && oldStart <= b.end());
    }
}
