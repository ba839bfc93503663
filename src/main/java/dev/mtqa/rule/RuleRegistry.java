package dev.mtqa.rule;

import dev.mtqa.GrammarMode;
import dev.mtqa.config.HouseStyle;
import dev.mtqa.config.NameList;
import dev.mtqa.config.RuleResources;
import dev.mtqa.config.Severities;
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
import dev.mtqa.rule.encoding.ControlCharacterRule;
import dev.mtqa.rule.encoding.GuessedCharsetRule;
import dev.mtqa.rule.encoding.HtmlEntityRule;
import dev.mtqa.rule.encoding.InvisibleCharacterRule;
import dev.mtqa.rule.encoding.LookalikeLetterRule;
import dev.mtqa.rule.encoding.MojibakeRule;
import dev.mtqa.rule.encoding.NoBreakSpaceRule;
import dev.mtqa.rule.encoding.NotNfcRule;
import dev.mtqa.rule.encoding.ReplacementCharacterRule;
import dev.mtqa.rule.grammar.LanguageToolRule;
import dev.mtqa.rule.script.ForeignScriptRule;
import dev.mtqa.rule.segmentation.RunOnSentenceRule;
import dev.mtqa.rule.segmentation.StrayFullStopRule;
import dev.mtqa.rule.segmentation.SubjectlessFragmentRule;
import dev.mtqa.rule.terminology.HonorificStyleRule;
import dev.mtqa.rule.terminology.HouseStyleRule;
import dev.mtqa.rule.terminology.InconsistentSpellingRule;
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
 * The built-in rules, in the order they run and are listed, family by family. Add a new rule
 * here; its examples are then tested and it appears in {@code mtqa rules} and the README's table.
 */
public final class RuleRegistry {
    private RuleRegistry() {
    }

    /** The rules that need no LanguageTool: fast, and enough for triage. */
    public static List<Rule> customRules(RuleResources resources) {
        return customRules(resources, HouseStyle.load(resources));
    }

    /** The rules that need no LanguageTool, with this house style. */
    public static List<Rule> customRules(RuleResources resources, HouseStyle houseStyle) {
        return List.of(
                // encoding: what went wrong between bytes and text
                new GuessedCharsetRule(),
                new MojibakeRule(),
                new ReplacementCharacterRule(),
                new ControlCharacterRule(),
                new InvisibleCharacterRule(),
                new NoBreakSpaceRule(),
                new NotNfcRule(),
                new HtmlEntityRule(),
                new LookalikeLetterRule(),
                // untranslated text
                new ForeignScriptRule(),
                // boilerplate: what the scraper kept from the page
                new BoilerplatePhraseRule(resources),
                new TimestampRule(),
                new ScraperTagRule(),
                new PhotoCreditRule(resources),
                new ImageMetadataRule(),
                new BylineRule(resources),
                new SectionLabelRule(resources),
                new DuplicateLineRule(resources),
                new CorpusLineRule(resources),
                // terminology
                new HouseStyleRule(houseStyle),
                new InconsistentSpellingRule(houseStyle),
                new HonorificStyleRule(),
                // broken sentences
                new StrayFullStopRule(),
                new SubjectlessFragmentRule(),
                new RunOnSentenceRule(),
                // typography
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
        return allRules(resources, HouseStyle.load(resources), Severities.defaults());
    }

    /**
     * All built-in rules with this house style; LanguageTool is told which of its rules the user
     * switched off or on ({@link LanguageToolRule}).
     */
    public static List<Rule> allRules(RuleResources resources, HouseStyle houseStyle, Severities severities) {
        return allRules(resources, houseStyle, severities, GrammarMode.FULL);
    }

    /** As {@link #allRules(RuleResources, HouseStyle, Severities)}, LanguageTool run in {@code mode} (not off). */
    public static List<Rule> allRules(RuleResources resources, HouseStyle houseStyle, Severities severities,
                                      GrammarMode mode) {
        List<Rule> rules = new ArrayList<>(customRules(resources, houseStyle));
        rules.add(new LanguageToolRule(resources, acceptedNames(resources, houseStyle), severities, mode));
        return rules;
    }

    /** Words the spelling check must accept: the user's name lists and every house-style spelling. */
    private static Set<String> acceptedNames(RuleResources resources, HouseStyle houseStyle) {
        Set<String> names = new HashSet<>(NameList.load(resources));
        for (Term term : houseStyle.terms()) {
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
