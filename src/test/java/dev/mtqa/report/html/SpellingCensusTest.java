package dev.mtqa.report.html;

import dev.mtqa.config.HouseStyle;
import dev.mtqa.config.RuleResources;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingCensusTest {
    private static final SpellingCensus CENSUS = new SpellingCensus(HouseStyle.load(RuleResources.builtIn()));

    private static Map<String, Integer> count(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        CENSUS.count(text).forEach((s, n) -> out.put(s.spelling(), n));
        return out;
    }

    @Test
    void wholeWordsAsWrittenOrInCapitalsLongestFirst() {
        assertThat(count("KIEV, Kiev's mayor and Kyiv-based Vladimir Zelensky met Zelensky in Kyiv."))
                .containsExactly(Map.entry("Kiev", 2), Map.entry("Kyiv", 2), Map.entry("Vladimir Zelensky", 1),
                        Map.entry("Zelensky", 1));
        assertThat(count("Kievan, kiev, AKiev and Kyivstar")).isEmpty();
    }

    @Test
    void exceptionPhrasesDoNotCount() {
        assertThat(count("Chicken Kiev is served in Kiev; the chicken Kiev too.")).containsExactly(Map.entry("Kiev", 1));
    }
}
