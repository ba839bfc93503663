package dev.mtqa.corpus;

import dev.mtqa.RandomText;
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
            int from = random.nextInt(line.length() + 1);
            int to = from + random.nextInt(line.length() - from + 1);
            String part = line.substring(from, to);
            assertThat(LineKey.hash(line, from, to)).as("%s [%d, %d)", line, from, to).isEqualTo(fnv(folded(part)));
            assertThat(LineKey.blank(line, from, to)).isEqualTo(part.isBlank() || folded(part).isEmpty());
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
}
