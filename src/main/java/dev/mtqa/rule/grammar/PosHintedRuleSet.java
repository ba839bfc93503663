package dev.mtqa.rule.grammar;

import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.RuleSet;

import java.util.List;

/**
 * LanguageTool's set of active rules, handing out for each sentence only the rules that can match
 * it ({@link HintedRules}): those LanguageTool's own word and lemma hints leave, less those whose
 * part-of-speech hints ({@link PosHints}) or position hints ({@link PositionHints}) rule the
 * sentence out. The same matches, for fewer rules
 * tried, and without LanguageTool looking up each candidate's words by string.
 */
final class PosHintedRuleSet extends RuleSet {
    private final HintedRules rules;

    PosHintedRuleSet(RuleSet rules) throws IllegalAccessException {
        this.rules = HintedRules.of(rules.allRules());
    }

    @Override
    public List<Rule> allRules() {
        return rules.all();
    }

    @Override
    public List<Rule> rulesForSentence(AnalyzedSentence sentence) {
        return rules.forSentence(sentence);
    }
}
