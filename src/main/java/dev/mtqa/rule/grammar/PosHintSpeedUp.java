package dev.mtqa.rule.grammar;

import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.patterns.RuleSet;
import org.languagetool.tagging.disambiguation.Disambiguator;
import org.languagetool.tagging.disambiguation.rules.XmlRuleDisambiguator;

import java.lang.reflect.Field;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Makes LanguageTool skip, by their part-of-speech hints ({@link PosHints}), the pattern rules and
 * disambiguation rules that cannot match a sentence: the two steps that were more than half of a
 * full check's time, each trying hundreds of rules on every sentence.
 *
 * <p>There is no public way in, so this goes by reflection, as {@link EnglishChunkerSpeedUp} does:
 * a {@link JLanguageTool} keeps the rule set it checks with in a private cache, which is swapped
 * for one that hands out {@link PosHintedRuleSet}s; a {@link Language}'s English disambiguator
 * keeps its XML rule disambiguator in a private field, which is swapped for a
 * {@link PosHintedDisambiguator}. Should a LanguageTool upgrade no longer fit (a field renamed or
 * of another type), nothing is changed and every rule is tried, as before; a test fails then, so
 * that the speed is not lost silently.
 */
final class PosHintSpeedUp {
    private static final String RULE_SET_CACHE = "ruleSetCache";
    private static final String XML_DISAMBIGUATOR = "disambiguator";
    private static final String DISAMBIGUATION_RULES = "disambiguationRules";

    private PosHintSpeedUp() {
    }

    /** A tool's cache of rule sets (per level and tone tags) whose rule sets are hinted. */
    private static final class HintedRuleSets extends ConcurrentHashMap<Object, Object> {
        private static final long serialVersionUID = 1L;

        @Override
        public Object computeIfAbsent(Object key, Function<? super Object, ?> make) {
            return super.computeIfAbsent(key, k -> hinted(make.apply(k)));
        }

        private static Object hinted(Object made) {
            if (made instanceof RuleSet rules && !(rules instanceof PosHintedRuleSet)) {
                try {
                    return new PosHintedRuleSet(rules);
                } catch (IllegalAccessException | RuntimeException e) {
                    return rules;
                }
            }
            return made;
        }
    }

    /**
     * Hints the pattern rules {@code tool} checks with, from now on.
     *
     * @return true when they are hinted
     */
    static boolean install(JLanguageTool tool) {
        if (!HintedRules.available()) {
            return false;
        }
        try {
            Field field = JLanguageTool.class.getDeclaredField(RULE_SET_CACHE);
            field.setAccessible(true);
            Object cache = field.get(tool);
            if (cache instanceof HintedRuleSets) {
                return true;
            }
            if (!(cache instanceof ConcurrentHashMap<?, ?> plain)) {
                return false;
            }
            // Built again on first use: the cache only holds what the tool can always recompute.
            plain.clear();
            field.set(tool, new HintedRuleSets());
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Hints the disambiguation rules of {@code language}'s disambiguator (created if it was not yet,
     * which loads the rules), for every tool of that language.
     *
     * @return true when they are hinted
     */
    static synchronized boolean install(Language language) {
        if (!HintedRules.available()) {
            return false;
        }
        try {
            Disambiguator outer = language.getDisambiguator();
            Field field = xmlDisambiguator(outer);
            Object inner = field.get(outer);
            if (inner instanceof PosHintedDisambiguator) {
                return true;
            }
            if (!(inner instanceof XmlRuleDisambiguator xml)) {
                return false;
            }
            Field rules = XmlRuleDisambiguator.class.getDeclaredField(DISAMBIGUATION_RULES);
            rules.setAccessible(true);
            field.set(outer, new PosHintedDisambiguator(xml, (RuleSet) rules.get(xml)));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Puts {@code language}'s own XML rule disambiguator back, so that a test can compare the
     * analysis with and without hints in one process; {@link #install(Language)} undoes it.
     */
    static synchronized void uninstall(Language language) throws ReflectiveOperationException {
        Disambiguator outer = language.getDisambiguator();
        Field field = xmlDisambiguator(outer);
        if (field.get(outer) instanceof PosHintedDisambiguator hinted) {
            field.set(outer, hinted.original());
        }
    }

    /** Whether {@code language}'s disambiguation rules are hinted. */
    static synchronized boolean installed(Language language) {
        try {
            Disambiguator outer = language.getDisambiguator();
            return xmlDisambiguator(outer).get(outer) instanceof PosHintedDisambiguator;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The field in which English's hybrid disambiguator keeps its XML rule disambiguator. */
    private static Field xmlDisambiguator(Disambiguator outer) throws NoSuchFieldException {
        Field field = outer.getClass().getDeclaredField(XML_DISAMBIGUATOR);
        field.setAccessible(true);
        return field;
    }
}
