package dev.mtqa.report.html;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.mtqa.report.html.Findings.finding;
import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {

    private static Finding at(String text, int start, int end) {
        return finding("R", Category.TYPOGRAPHY, Severity.WARNING, text, start, end, "m");
    }

    /** The pieces written out with brackets: [n for an opening, [n+ for a continuation, ] for a close. */
    private static String render(List<Highlighter.Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Highlighter.Piece p : pieces) {
            if (p instanceof Highlighter.Text t) {
                sb.append(t.text());
            } else if (p instanceof Highlighter.Open o) {
                sb.append('[').append(o.number()).append(o.continuation() ? "+" : "").append(' ');
            } else {
                sb.append(']');
            }
        }
        return sb.toString();
    }

    @Test
    void nestedAndSeparateSpans() {
        String text = "abcdefghij";
        List<Highlighter.Piece> pieces = Highlighter.pieces(text, List.of(at(text, 1, 8), at(text, 2, 4), at(text, 9, 10)));
        assertThat(render(pieces)).isEqualTo("a[1 b[2 cd]efgh]i[3 j]");
    }

    @Test
    void crossingSpansAreSplitButOpenedOnce() {
        String text = "0123456789ABCDEF";
        List<Highlighter.Piece> pieces = Highlighter.pieces(text, List.of(at(text, 0, 10), at(text, 5, 15)));
        assertThat(render(pieces)).isEqualTo("[1 01234[2 56789]][2+ ABCDE]F");
    }

    @Test
    void emptySpansAreEmptyHighlights() {
        String text = "abc";
        assertThat(render(Highlighter.pieces(text, List.of(at(text, 0, 3), at(text, 1, 1), at(text, 3, 3)))))
                .isEqualTo("[1 a[2 ]bc][3 ]");
    }

    @Test
    void offsetsAreCodePoints() {
        String text = "\ud83d\ude00x\ud835\udd18y";
        assertThat(render(Highlighter.pieces(text, List.of(at(text, 1, 3)))))
                .isEqualTo("\ud83d\ude00[1 x\ud835\udd18]y");
    }

    @Test
    void spansPastTheEndAreClampedAndControlsShown() {
        String text = "a\u0000b\u202ec";
        Finding past = new Finding("R", Category.ENCODING, Severity.ERROR, 4, 99, 1, 5, 1, 100, "", "m", List.of(), "f");
        assertThat(render(Highlighter.pieces(text, List.of(past)))).isEqualTo("a\u2400b" + DisplayText.HIDDEN + "[1 c]");
    }

    @Test
    void anyMixOfSpansGivesOneOpeningPerFindingAndBalancedText() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            String text = "x".repeat(1 + random.nextInt(30));
            int length = text.length();
            List<Finding> findings = new ArrayList<>();
            for (int i = random.nextInt(8); i >= 0; i--) {
                int start = random.nextInt(length + 1);
                int end = start + random.nextInt(length - start + 1);
                findings.add(at(text, start, end));
            }
            List<Highlighter.Piece> pieces = Highlighter.pieces(text, findings);
            StringBuilder plain = new StringBuilder();
            int depth = 0;
            List<Integer> opened = new ArrayList<>();
            List<Integer> stack = new ArrayList<>();
            int[] covered = new int[findings.size() + 1];
            for (Highlighter.Piece p : pieces) {
                if (p instanceof Highlighter.Text t) {
                    plain.append(t.text());
                    for (int n : stack) {
                        covered[n] += t.text().length();
                    }
                } else if (p instanceof Highlighter.Open o) {
                    depth++;
                    stack.add(o.number());
                    if (!o.continuation()) {
                        opened.add(o.number());
                    }
                } else {
                    depth--;
                    stack.remove(stack.size() - 1);
                    assertThat(depth).isNotNegative();
                }
            }
            assertThat(depth).isZero();
            assertThat(plain.toString()).isEqualTo(text);
            assertThat(opened).doesNotHaveDuplicates().hasSize(findings.size());
            for (int n = 1; n <= findings.size(); n++) {
                Finding f = findings.get(n - 1);
                assertThat(covered[n]).as("text covered by finding %d", n).isEqualTo(f.end() - f.start());
            }
        }
    }
}
