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
    void theKeyIsThatOfTheLineWithCaseFoldedAndSpaceRunsMadeOne() {
        String alphabet = "aZ ~\t\u00a0\u2003\u00c9\u00e9\u0416\u1E9E\u0130\u212A.";
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            // Up to 40 characters, so that tags read both ends of lines longer than sixteen.
            String line = RandomText.of(random, alphabet, random.nextInt(40));
            assertThat(LineKey.hash(line)).as(line).isEqualTo(key(folded(line)));
            Span span = RandomText.span(random, line);
            String part = span.of(line);
            long key = LineKey.hash(line, span.start(), span.end());
            assertThat(key).as("%s %s", line, span).isEqualTo(key(folded(part)));
            assertThat(LineKey.tagOf(key)).isEqualTo(LineKey.tag(line, span.start(), span.end()));
            assertThat(LineKey.blank(line, span.start(), span.end())).isEqualTo(part.isBlank() || folded(part).isEmpty());
        }
    }

    @Test
    void linesThatDifferOnlyInTheMiddleShareATagButNotAKey() {
        String a = "Officials said on Monday that the talks would resume";
        String b = "Officials said on Tuesday that the talks would resume";
        assertThat(LineKey.tag(a, 0, a.length())).isEqualTo(LineKey.tag(b, 0, b.length()));
        assertThat(LineKey.hash(a)).isNotEqualTo(LineKey.hash(b));
        assertThat(LineKey.tag(a, 0, a.length())).isNotEqualTo(LineKey.tag(a, 0, a.length() - 1));
    }

    /**
     * What the key is said to be: the tag (the folded line's first and last eight characters other
     * than spaces, hashed with FNV-1a and the murmur3 finaliser) in the top 20 bits, the top 44
     * bits of the FNV-1a hash of the folded line below.
     */
    private static long key(String folded) {
        String letters = folded.replace(" ", "");
        StringBuilder ends = new StringBuilder(letters.substring(0, Math.min(8, letters.length())));
        ends.append(new StringBuilder(letters.substring(Math.max(0, letters.length() - 8))).reverse());
        long h = fnv(ends.toString());
        h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        long tag = (h ^ (h >>> 33)) >>> 44;
        return tag << 44 | fnv(folded) >>> 20;
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
