package dev.mtqa.config;

import dev.mtqa.finding.Category;
import dev.mtqa.finding.Finding;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The user's overrides of rule and category severities, including switching them off. The
 * engine applies them to every finding, so the library, {@code mtqa check} and {@code mtqa fix}
 * behave alike.
 *
 * <p>The most specific setting wins: the finding's own rule id (for LanguageTool, its rule id such
 * as {@code MORFOLOGIK_RULE_EN_US}), then the id of the mtqa rule that produced it (for all of
 * LanguageTool's findings, {@code LANGUAGETOOL}), then its category, then the rule's default.
 */
public final class Severities {
    private static final Severities DEFAULTS = new Severities(Map.of(), Map.of());

    private final Map<Category, Level> categories;
    private final Map<String, Level> rules;

    private Severities(Map<Category, Level> categories, Map<String, Level> rules) {
        this.categories = categories.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(categories));
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** No overrides: every rule at its default severity. */
    public static Severities defaults() {
        return DEFAULTS;
    }

    public static Severities of(Map<Category, Level> categories, Map<String, Level> rules) {
        return new Severities(categories, rules);
    }

    /** These settings with {@code more} on top: where both set the same rule or category, {@code more} wins. */
    public Severities with(Severities more) {
        Map<Category, Level> c = new EnumMap<>(Category.class);
        c.putAll(categories);
        c.putAll(more.categories);
        Map<String, Level> r = new LinkedHashMap<>(rules);
        r.putAll(more.rules);
        return new Severities(c, r);
    }

    public Map<Category, Level> categories() {
        return categories;
    }

    public Map<String, Level> rules() {
        return rules;
    }

    /** The rule ids given a level, in the order they were set. */
    public Set<String> ruleIds() {
        return rules.keySet();
    }

    /** The rule ids set to {@code level}. */
    public Set<String> rulesAt(Level level) {
        Set<String> ids = new TreeSet<>();
        rules.forEach((id, l) -> {
            if (l == level) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The level set for {@code category}, if any. */
    public Optional<Level> category(Category category) {
        return Optional.ofNullable(categories.get(category));
    }

    /** The level set for {@code ruleId}, if any. */
    public Optional<Level> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    /** True when nothing is overridden. */
    public boolean isEmpty() {
        return categories.isEmpty() && rules.isEmpty();
    }

    /**
     * The finding as the user wants it: with its severity overridden, unchanged, or null when its
     * rule or category is off.
     *
     * @param producer the id of the mtqa rule that produced it (differs from the finding's rule id
     *                 for LanguageTool's findings)
     */
    public Finding apply(Finding finding, String producer) {
        Level level = rules.get(finding.rule());
        if (level == null && !producer.equals(finding.rule())) {
            level = rules.get(producer);
        }
        if (level == null) {
            level = categories.get(finding.category());
        }
        if (level == null) {
            return finding;
        }
        if (level == Level.OFF) {
            return null;
        }
        return level.severity() == finding.severity() ? finding : finding.withSeverity(level.severity());
    }

    @Override
    public String toString() {
        return "Severities" + categories + rules;
    }
}
