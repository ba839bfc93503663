package dev.mtqa.rule.grammar;

import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.RuleSet;

import java.util.ArrayList;
import java.util.List;

/**
 * LanguageTool's set of active rules, handing out for each sentence only the rules that can match
 * it: those LanguageTool's own word and lemma hints leave, less those whose part-of-speech hints
 * ({@link PosHints}) rule the sentence out. The same matches, for fewer rules tried.
 */
final class PosHintedRuleSet extends RuleSet {
    private final RuleSet rules;
    private final PosHints hints;

    PosHintedRuleSet(RuleSet rules) throws IllegalAccessException {
        this.rules = rules;
        this.hints = PosHints.of(rules.allRules());
    }

    @Override
    public List<Rule> allRules() {
        return rules.allRules();
    }

    @Override
    public List<Rule> rulesForSentence(AnalyzedSentence sentence) {
        List<Rule> candidates = rules.rulesForSentence(sentence);
        TagNumbers.InSentence kinds = TagNumbers.InSentence.of(sentence);
        if (kinds.undecided()) {
            return candidates;
        }
        List<Rule> out = new ArrayList<>(candidates.size());
        for (Rule rule : candidates) {
            if (hints.mayMatch(rule, kinds)) {
                out.add(rule);
            }
        }
        return out;
    }
}
