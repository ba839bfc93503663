package dev.mtqa.fix;

import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;
import dev.mtqa.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixer's loop with a scripted checker standing in for mtqa's rules. */
class FixerTest {

    /** A checker that flags each match of a pattern and suggests a replacement, as a rule would. */
    private static Fixer.Checker rule(String id, String regex, String replacement, boolean safe) {
        Pattern pattern = Pattern.compile(regex);
        return text -> {
            List<Finding> findings = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int s = text.codePointCount(0, m.start());
                int e = text.codePointCount(0, m.end());
                findings.add(new Finding(id, dev.mtqa.finding.Category.TYPOGRAPHY, Severity.WARNING, s, e, 1, s + 1, 1,
                        e + 1, m.group(), "m", List.of(new Fix(s, e, replacement, safe)), id + ":" + m.group() + ":" + s));
            }
            return findings;
        };
    }

    private static Fixer.Checker both(Fixer.Checker a, Fixer.Checker b) {
        return text -> {
            List<Finding> all = new ArrayList<>(a.check(text));
            all.addAll(b.check(text));
            return all;
        };
    }

    @Test
    void appliesSafeFixesAndKeepsEverythingElse() {
        Fixer.Outcome outcome = Fixer.fix("a  b\r\nc  d", rule("DOUBLE", "  ", " ", true), false);
        assertThat(outcome.text()).isEqualTo("a b\r\nc d");
        assertThat(outcome.applied()).hasSize(2);
        assertThat(outcome.remaining()).isEmpty();
    }

    @Test
    void reviewFixesStayUnlessUnsafe() {
        Fixer.Checker checker = rule("LIVE", "live the", "leave the", false);
        assertThat(Fixer.fix("they live the city", checker, false).text()).isEqualTo("they live the city");
        assertThat(Fixer.fix("they live the city", checker, false).leftForReview()).hasSize(1);
        assertThat(Fixer.fix("they live the city", checker, true).text()).isEqualTo("they leave the city");
    }

    @Test
    void anEditThatMakesANewFindingAppearIsRolledBack() {
        // Replacing "x" with "yy" creates what the second rule flags: that edit must be undone.
        Fixer.Checker checker = both(rule("X", "x", "yy", true), rule("YY", "yy", "y", false));
        Fixer.Outcome outcome = Fixer.fix("a x b", checker, false);
        assertThat(outcome.text()).isEqualTo("a x b");
        assertThat(outcome.rolledBack()).singleElement().satisfies(r -> assertThat(r.caused().rule()).isEqualTo("YY"));
    }

    @Test
    void aRepairThatRevealsAnotherIsFinishedInALaterRound() {
        Fixer.Checker checker = both(rule("ENTITY", "&amp;", "&", true), rule("AMP_NBSP", "&nbsp;", "\u00a0", true));
        Fixer.Outcome outcome = Fixer.fix("a&amp;nbsp;b", checker, false);
        assertThat(outcome.text()).isEqualTo("a\u00a0b");
        assertThat(outcome.rounds()).isEqualTo(2);
    }

    @Test
    void fixingFixedTextChangesNothing() {
        Fixer.Checker checker = both(rule("X", "x", "yy", true), rule("DOUBLE", "  ", " ", true));
        String once = Fixer.fix("x  and  x", checker, false).text();
        Fixer.Outcome twice = Fixer.fix(once, checker, false);
        assertThat(twice.text()).isEqualTo(once);
    }

    @Test
    void deletingEveryLineOfAParagraphLeavesOneBlankLine() {
        Fixer.Checker checker = rule("CHROME", "(?m)^(Oops!|Try again\\.)\\n", "", true);
        assertThat(Fixer.fix("Title\n\nOops!\nTry again.\n\nBody.\n", checker, false).text()).isEqualTo("Title\n\nBody.\n");
        assertThat(Fixer.fix("Body.\n\nOops!\nTry again.\n", checker, false).text()).isEqualTo("Body.\n");
    }

    @Test
    void offsetsAreCodePointsPastEmoji() {
        Fixer.Outcome outcome = Fixer.fix("\uD83D\uDE00 x \uD83D\uDE00 x", rule("X", "x", "y", true), false);
        assertThat(outcome.text()).isEqualTo("\uD83D\uDE00 y \uD83D\uDE00 y");
    }
}
