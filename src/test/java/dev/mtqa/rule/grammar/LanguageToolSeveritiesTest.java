package dev.mtqa.rule.grammar;

import dev.mtqa.EnglishVariant;
import dev.mtqa.config.Level;
import dev.mtqa.config.RuleResources;
import dev.mtqa.config.Severities;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.finding.Category;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.RuleContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules switched off in the configuration are switched off inside LanguageTool (it never reports
 * them), and rules given a level are switched on even when LanguageTool or
 * languagetool-disabled.txt has them off.
 */
class LanguageToolSeveritiesTest {
    private static final Document TEXT = Document.of("a.txt", "This is a tset of the system. He said \"hello.\n");

    private static List<String> ruleIds(Severities severities) {
        LanguageToolRule rule = new LanguageToolRule(RuleResources.builtIn(), Set.of(), severities);
        List<String> ids = new ArrayList<>();
        rule.check(TEXT, new RuleContext(EnglishVariant.US, CorpusProfiler.of(TEXT)), (Match m) -> ids.add(m.ruleId()));
        return ids;
    }

    @Test
    void offRulesAreNotRunAndOnRulesAre() {
        assertThat(ruleIds(Severities.defaults())).contains("MORFOLOGIK_RULE_EN_US").doesNotContain("EN_UNPAIRED_QUOTES");
        List<String> tuned = ruleIds(Severities.of(Map.of(),
                Map.of("MORFOLOGIK_RULE_EN_US", Level.OFF, "EN_UNPAIRED_QUOTES", Level.WARNING)));
        assertThat(tuned).doesNotContain("MORFOLOGIK_RULE_EN_US").contains("EN_UNPAIRED_QUOTES");
    }

    @Test
    void aCategorySwitchedOffSwitchesOffItsLanguageToolRules() {
        assertThat(ruleIds(Severities.of(Map.of(Category.SPELLING, Level.OFF), Map.of())))
                .doesNotContain("MORFOLOGIK_RULE_EN_US");
    }
}
