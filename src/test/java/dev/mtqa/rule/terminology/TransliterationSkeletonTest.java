package dev.mtqa.rule.terminology;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransliterationSkeletonTest {

    @Test
    void transliterationsOfOneNameShareASkeleton() {
        assertThat(TransliterationSkeleton.of("Zelensky")).isEqualTo(TransliterationSkeleton.of("Zelenskyy"))
                .isEqualTo(TransliterationSkeleton.of("Zelenskiy"));
        assertThat(TransliterationSkeleton.of("Kharkiv")).isEqualTo(TransliterationSkeleton.of("Harkiv"));
        assertThat(TransliterationSkeleton.of("Podolyak")).isEqualTo(TransliterationSkeleton.of("Podoliak"));
        assertThat(TransliterationSkeleton.of("Müller")).isEqualTo(TransliterationSkeleton.of("Muller"));
    }

    @Test
    void inflectionsAndDifferentNamesDoNot() {
        assertThat(TransliterationSkeleton.of("Russia")).isNotEqualTo(TransliterationSkeleton.of("Russian"));
        assertThat(TransliterationSkeleton.of("Ukraine")).isNotEqualTo(TransliterationSkeleton.of("Ukrainian"));
        assertThat(TransliterationSkeleton.of("Kiev")).isNotEqualTo(TransliterationSkeleton.of("Kyiv"));
        assertThat(TransliterationSkeleton.of("Allen")).isNotEqualTo(TransliterationSkeleton.of("Allan"));
    }

    @Test
    void recentSkeletonsAreTheComputedOnesAcrossEvictions() {
        String[] names = {"Zelenskyy", "Kharkiv", "O\u2019Brien", "Sch\u00f6ller", "Nebenzia"};
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 2 * TransliterationSkeleton.CACHE_SIZE; i += 3) {
                String name = names[i % names.length] + i;
                assertThat(TransliterationSkeleton.of(name)).isEqualTo(TransliterationSkeleton.reduce(name));
            }
        }
    }

    @Test
    void theHashOfAWordIsTheHashOfItsSkeletonKeptOrNot() {
        // Letters that the steps rewrite, in every order, with case, apostrophes, hyphens and
        // accents; short words repeat, so that kept hashes are asked as well as new ones.
        String alphabet = "khpcwyKHPCWYae'-\u00e9\u2019";
        java.util.Random random = new java.util.Random(8);
        SkeletonHashes hashes = new SkeletonHashes();
        for (int round = 0; round < 100_000; round++) {
            String word = dev.mtqa.RandomText.of(random, alphabet, 1 + random.nextInt(random.nextBoolean() ? 3 : 12));
            String text = "x " + word + " y";
            assertThat(hashes.of(text, 2, 2 + word.length())).as(word)
                    .isEqualTo(TransliterationSkeleton.hash(TransliterationSkeleton.reduce(word)));
        }
        String longWord = "Khkh".repeat(40);
        assertThat(hashes.of(longWord, 0, longWord.length()))
                .isEqualTo(TransliterationSkeleton.hash(TransliterationSkeleton.reduce(longWord)));
    }
}
