package dev.mtqa.rule.grammar;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;

import java.util.Map;
import java.util.Set;

/**
 * Maps LanguageTool's categories onto mtqa's: typos are SPELLING, punctuation and typography are
 * TYPOGRAPHY, style-like categories are STYLE, everything else that LanguageTool reports is
 * GRAMMAR. Our own XML rules use mtqa's category ids as their LanguageTool category ids, so they
 * map onto themselves.
 */
final class LanguageToolCategories {
    /** LanguageTool categories about style, register and wording rather than correctness. */
    static final Set<String> STYLE_LIKE = Set.of(
            "STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "WIKIPEDIA", "GENDER_NEUTRALITY", "SEMANTICS",
            "COLLOQUIALISMS", "BARBARISM", "REGIONALISMS", "AMERICAN_ENGLISH_STYLE", "BRITISH_ENGLISH",
            "CREATIVE_WRITING", "TEXT_ANALYSIS", "REPETITIONS_STYLE", "FALSE_FRIENDS", "MISUSED_TERMS_EU_PUBLICATIONS");

    private static final Map<String, Category> EXPLICIT = Map.of(
            "TYPOS", Category.SPELLING,
            "PUNCTUATION", Category.TYPOGRAPHY,
            "TYPOGRAPHY", Category.TYPOGRAPHY);

    private LanguageToolCategories() {
    }

    static Category categoryOf(String languageToolCategoryId) {
        for (Category own : Category.values()) {
            if (own.name().equals(languageToolCategoryId)) {
                return own;
            }
        }
        if (STYLE_LIKE.contains(languageToolCategoryId)) {
            return Category.STYLE;
        }
        return EXPLICIT.getOrDefault(languageToolCategoryId, Category.GRAMMAR);
    }

    static Severity severityOf(Category category) {
        return category == Category.STYLE ? Severity.INFO : Severity.WARNING;
    }
}
