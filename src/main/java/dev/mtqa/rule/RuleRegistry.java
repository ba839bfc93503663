package dev.mtqa.rule;

import dev.mtqa.config.RuleResources;
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

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in rules, in the order they run. Add a new rule here; its examples are then tested
 * and it appears in {@code mtqa rules} and the README's rule table.
 */
public final class RuleRegistry {
    private RuleRegistry() {
    }

    /** The rules that need no LanguageTool: fast, and enough for triage. */
    public static List<Rule> customRules(RuleResources resources) {
        return List.of(
                new GuessedCharsetRule(),
                new MojibakeRule(),
                new ReplacementCharacterRule(),
                new ControlCharacterRule(),
                new InvisibleCharacterRule(),
                new NoBreakSpaceRule(),
                new NotNfcRule(),
                new HtmlEntityRule(),
                new LookalikeLetterRule(),
                new ForeignScriptRule());
    }

    /** All built-in rules: the custom ones, then LanguageTool. */
    public static List<Rule> allRules(RuleResources resources) {
        List<Rule> rules = new ArrayList<>(customRules(resources));
        rules.add(new LanguageToolRule(resources));
        return rules;
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
