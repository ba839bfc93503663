package dev.mtqa.corpus;

import dev.mtqa.RandomText;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LineKeyTest {
    @Test
    void caseAndSpacingDoNotMatterButWordsDo() {
        assertThat(LineKey.hash("Most Popular")).isEqualTo(LineKey.hash("  most \u00a0\tPOPULAR "));
        assertThat(LineKey.hash("Most Popular")).isNotEqualTo(LineKey.hash("MostPopular"));
        assertThat(LineKey.blank(" \u00a0\u2003\t")).isTrue();
        assertThat(LineKey.blank(" x ")).isFalse();
    }

    @Test
    void theHashIsThatOfTheLineWithCaseFoldedAndSpaceRunsMadeOne() {
        String alphabet = "aZ ~\t\u00a0\u2003\u00c9\u00e9\u0416\u1E9E\u0130\u212A.";
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            String line = RandomText.of(random, alphabet, random.nextInt(20));
            assertThat(LineKey.hash(line)).as(line).isEqualTo(fnv(folded(line)));
            Span span = RandomText.span(random, line);
            String part = span.of(line);
            assertThat(LineKey.hash(line, span.start(), span.end())).as("%s %s", line, span).isEqualTo(fnv(folded(part)));
            assertThat(LineKey.blank(line, span.start(), span.end())).isEqualTo(part.isBlank() || folded(part).isEmpty());
        }
    }

    private static String folded(String line) {
        StringBuilder sb = new StringBuilder();
        for (String word : line.strip().split("[\\s\\p{Zs}]+")) {
            if (!word.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                word.chars().forEach(c -> sb.append(Character.toLowerCase((char) c)));
            }
        }
        return sb.toString();
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    @Test
    void hashingAllLinesAtOnceGivesEachNonBlankLinesHashInOrder() {
        String alphabet = "aB \t\n\r\u00a0\u2028\u0085\u00c9\u0416x.";
        Random random = new Random(23);
        for (int round = 0; round < 20_000; round++) {
            String text = RandomText.of(random, alphabet, random.nextInt(40));
            TextIndex index = new TextIndex(text);
            java.util.List<Long> expected = new java.util.ArrayList<>();
            for (int line = 0; line < index.lineCount(); line++) {
                Span span = index.line(line);
                if (!LineKey.blank(text, span.start(), span.end())) {
                    expected.add(LineKey.hash(text, span.start(), span.end()));
                }
            }
            java.util.List<Long> actual = new java.util.ArrayList<>();
            LineKey.hashLines(text, actual::add);
            assertThat(actual).as("\u201c%s\u201d", text).isEqualTo(expected);
        }
    }
}
