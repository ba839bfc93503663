package dev.mtqa.rule;

import dev.mtqa.config.HouseStyle;
import dev.mtqa.config.NameList;
import dev.mtqa.config.RuleResources;
import dev.mtqa.config.Term;
import dev.mtqa.rule.boilerplate.BoilerplatePhraseRule;
import dev.mtqa.rule.boilerplate.BylineRule;
import dev.mtqa.rule.boilerplate.CorpusLineRule;
import dev.mtqa.rule.boilerplate.DuplicateLineRule;
import dev.mtqa.rule.boilerplate.ImageMetadataRule;
import dev.mtqa.rule.boilerplate.PhotoCreditRule;
import dev.mtqa.rule.boilerplate.ScraperTagRule;
import dev.mtqa.rule.boilerplate.SectionLabelRule;
import dev.mtqa.rule.boilerplate.TimestampRule;
import dev.mtqa.rule.encoding.GuessedCharsetRule;
import dev.mtqa.rule.grammar.LanguageToolRule;
import dev.mtqa.rule.terminology.HonorificStyleRule;
import dev.mtqa.rule.terminology.HouseStyleRule;
import dev.mtqa.rule.terminology.InconsistentSpellingRule;
import dev.mtqa.rule.segmentation.StrayFullStopRule;
import dev.mtqa.rule.segmentation.SubjectlessFragmentRule;
import dev.mtqa.rule.typography.DoubleSpaceRule;
import dev.mtqa.rule.typography.MismatchedQuotesRule;
import dev.mtqa.rule.typography.MixedQuoteStyleRule;
import dev.mtqa.rule.typography.NestedQuotesRule;
import dev.mtqa.rule.typography.SpaceBeforePunctuationRule;
import dev.mtqa.rule.typography.TrailingWhitespaceRule;
import dev.mtqa.rule.typography.UnbalancedQuoteRule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in rules, in the order they run. Add a new rule here; its examples are then tested
 * and it appears in {@code mtqa rules} and the README's rule table.
 */
public final class RuleRegistry {
    private RuleRegistry() {
    }

    /** The rules that need no LanguageTool: fast, and enough for triage. */
    public static List<Rule> customRules(RuleResources resources) {
        HouseStyle houseStyle = HouseStyle.load(resources);
        return List.of(
                new GuessedCharsetRule(),
                new BoilerplatePhraseRule(resources),
                new TimestampRule(),
                new ScraperTagRule(),
                new PhotoCreditRule(resources),
                new ImageMetadataRule(),
                new BylineRule(resources),
                new SectionLabelRule(resources),
                new DuplicateLineRule(resources),
                new CorpusLineRule(resources),
                new HouseStyleRule(houseStyle),
                new InconsistentSpellingRule(houseStyle),
                new HonorificStyleRule(),
                new StrayFullStopRule(),
                new SubjectlessFragmentRule(),
                new UnbalancedQuoteRule(),
                new MismatchedQuotesRule(),
                new NestedQuotesRule(),
                new MixedQuoteStyleRule(),
                new DoubleSpaceRule(),
                new TrailingWhitespaceRule(),
                new SpaceBeforePunctuationRule());
    }

    /** All built-in rules: the custom ones, then LanguageTool. */
    public static List<Rule> allRules(RuleResources resources) {
        List<Rule> rules = new ArrayList<>(customRules(resources));
        rules.add(new LanguageToolRule(resources, acceptedNames(resources)));
        return rules;
    }

    /** Words the spelling check must accept: the user's name lists and every house-style spelling. */
    static Set<String> acceptedNames(RuleResources resources) {
        Set<String> names = new HashSet<>(NameList.load(resources));
        for (Term term : HouseStyle.load(resources).terms()) {
            names.addAll(List.of(term.preferred().split("\\s+")));
        }
        return names;
    }

    /** The metadata of every rule, including each of our LanguageTool XML rules on its own. */
    public static List<RuleMetadata> describe(List<Rule> rules) {
        List<RuleMetadata> all = new ArrayList<>();
        for (Rule rule : rules) {
            all.add(rule.metadata());
            if (rule instanceof LanguageToolRule languageTool) {
                all.addAll(languageTool.ownRules());
            }
        }
        return all;
    }
}
