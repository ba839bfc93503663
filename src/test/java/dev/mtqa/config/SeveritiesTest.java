package dev.mtqa.config;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The most specific setting wins: the finding's rule, then the rule that produced it, then its category. */
class SeveritiesTest {
    private static Finding finding(String rule, Category category, Severity severity) {
        return new Finding(rule, category, severity, 0, 4, 1, 1, 1, 5, "Kiev", "m", List.of(), "f");
    }

    @Test
    void ruleBeatsProducerBeatsCategory() {
        Severities s = Severities.of(Map.of(Category.SPELLING, Level.OFF, Category.GRAMMAR, Level.ERROR),
                Map.of("MORFOLOGIK_RULE_EN_US", Level.INFO, "LANGUAGETOOL", Level.WARNING));
        assertThat(s.apply(finding("MORFOLOGIK_RULE_EN_US", Category.SPELLING, Severity.WARNING), "LANGUAGETOOL").severity())
                .isEqualTo(Severity.INFO);
        assertThat(s.apply(finding("EN_A_VS_AN", Category.GRAMMAR, Severity.WARNING), "LANGUAGETOOL").severity())
                .as("LANGUAGETOOL covers all of LanguageTool's findings").isEqualTo(Severity.WARNING);
        assertThat(s.apply(finding("TERMINOLOGY_HOUSE_STYLE", Category.SPELLING, Severity.WARNING), "TERMINOLOGY_HOUSE_STYLE"))
                .as("category off").isNull();
    }

    @Test
    void noSettingLeavesTheFindingAlone() {
        Finding f = finding("TYPOGRAPHY_DOUBLE_SPACE", Category.TYPOGRAPHY, Severity.INFO);
        assertThat(Severities.defaults().apply(f, f.rule())).isSameAs(f);
        assertThat(Severities.of(Map.of(Category.STYLE, Level.OFF), Map.of()).apply(f, f.rule())).isSameAs(f);
    }

    @Test
    void laterSettingsOverrideEarlierOnes() {
        Severities file = Severities.of(Map.of(Category.STYLE, Level.OFF), Map.of("A", Level.ERROR));
        Severities flags = Severities.of(Map.of(Category.STYLE, Level.INFO), Map.of());
        Severities both = file.with(flags);
        assertThat(both.category(Category.STYLE)).contains(Level.INFO);
        assertThat(both.rule("A")).contains(Level.ERROR);
    }
}
