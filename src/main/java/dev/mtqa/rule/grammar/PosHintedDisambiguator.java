package dev.mtqa.rule.grammar;

import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.patterns.RuleSet;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.tagging.disambiguation.rules.DisambiguationPatternRule;

import java.io.IOException;

/**
 * LanguageTool's XML rule disambiguator ({@code XmlRuleDisambiguator.disambiguate}) step for step,
 * except that a rule whose hints ({@link HintedRules}: LanguageTool's own word and lemma hints,
 * mtqa's part-of-speech hints and both asked by position) say it cannot match the sentence as it
 * is at its turn is not tried.
 *
 * <p>The rules run in order, each on the sentence the previous ones left, and a rule that changes
 * something returns a new sentence (one that does not returns the very same object), so the kinds
 * of reading and the lemmas are read again only after a change. Which rules are candidates at all
 * is decided, as LanguageTool decides it, once from the sentence as it came in.
 */
final class PosHintedDisambiguator implements Disambiguator {
    private final Disambiguator original;
    private final HintedRules rules;

    /**
     * @param original the XML rule disambiguator being stood in for (for {@link #preDisambiguate})
     * @param rules    its rules
     */
    PosHintedDisambiguator(Disambiguator original, RuleSet rules) throws IllegalAccessException {
        this.original = original;
        this.rules = HintedRules.of(rules.allRules());
    }

    Disambiguator original() {
        return original;
    }

    @Override
    public AnalyzedSentence preDisambiguate(AnalyzedSentence input) {
        return original.preDisambiguate(input);
    }

    @Override
    public AnalyzedSentence disambiguate(AnalyzedSentence input) throws IOException {
        return disambiguate(input, null);
    }

    @Override
    public AnalyzedSentence disambiguate(AnalyzedSentence input, JLanguageTool.CheckCancelledCallback checkCanceled)
            throws IOException {
        AnalyzedSentence sentence = input;
        HintedRules.Facts facts = rules.facts(sentence);
        for (int r : rules.candidates(facts)) {
            if (checkCanceled != null && checkCanceled.checkCancelled()) {
                break;
            }
            if (!rules.mayMatch(r, facts)) {
                continue;
            }
            AnalyzedSentence next = ((DisambiguationPatternRule) rules.rule(r)).replace(sentence);
            if (next != sentence) {
                sentence = next;
                facts = rules.facts(sentence);
            }
        }
        return sentence;
    }
}
