package dev.mtqa.rule.grammar;

import dev.mtqa.EnglishVariant;
import dev.mtqa.finding.Category;
import dev.mtqa.rule.RuleMetadata;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule LanguageTool itself has for English (en-US and en-GB), by id: to check the rule ids
 * in a configuration file. Built on first use, once per JVM and variant; that loads LanguageTool's
 * rule files (a few seconds), so it is consulted only for ids that are not mtqa's own.
 */
public final class LanguageToolCatalog {
    private static final Map<EnglishVariant, Map<String, RuleMetadata>> BY_VARIANT = new java.util.EnumMap<>(EnglishVariant.class);

    private LanguageToolCatalog() {
    }

    /** True when LanguageTool has a rule with this id for some variety of English. */
    public static boolean knows(String id) {
        return describe(id).isPresent();
    }

    /**
     * The rule's description as metadata; empty when LanguageTool has no rule with this id. Loads
     * en-US's rules first and en-GB's only when the id is not among them.
     */
    public static Optional<RuleMetadata> describe(String id) {
        for (EnglishVariant variant : EnglishVariant.values()) {
            RuleMetadata found = rules(variant).get(id);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** Every id, for "did you mean" suggestions. */
    public static java.util.Set<String> ids() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (EnglishVariant variant : EnglishVariant.values()) {
            ids.addAll(rules(variant).keySet());
        }
        return ids;
    }

    private static Map<String, RuleMetadata> rules(EnglishVariant variant) {
        synchronized (BY_VARIANT) {
            return BY_VARIANT.computeIfAbsent(variant, v -> {
                Map<String, RuleMetadata> all = new HashMap<>();
                JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode(v.code()));
                for (Rule rule : tool.getAllRules()) {
                    all.computeIfAbsent(rule.getId(), id -> metadata(rule));
                }
                return Map.copyOf(all);
            });
        }
    }

    /** A LanguageTool rule described as mtqa describes its own. */
    static RuleMetadata metadata(Rule rule) {
        Category category = LanguageToolCategories.categoryOf(rule.getCategory().getId().toString());
        String description = rule.getDescription() == null || rule.getDescription().isBlank()
                ? rule.getId() : rule.getDescription();
        String explanation = "LanguageTool rule " + rule.getId() + " (LanguageTool category "
                + rule.getCategory().getName() + ")" + (rule.isDefaultOff() ? "; off unless enabled in the configuration" : "")
                + ".";
        return new RuleMetadata(RuleMetadata.isValidId(rule.getId()) ? rule.getId() : "LANGUAGETOOL", category,
                LanguageToolCategories.severityOf(category), description, explanation, List.of());
    }
}
