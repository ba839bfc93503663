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
}
