package dev.mtqa.rule.grammar;

import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.AbstractTokenBasedRule;
import org.languagetool.rules.patterns.PatternRule;
import org.languagetool.rules.patterns.PatternToken;

import java.lang.reflect.Field;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Part-of-speech hints for LanguageTool's pattern and disambiguation rules: a rule that needs a
 * token with some part of speech cannot match a sentence in which no reading has it, and is not
 * tried there. LanguageTool already skips rules by the words and lemmas they need
 * ({@code AbstractTokenBasedRule.canBeIgnoredFor}); this adds the tags, which it does not look at.
 *
 * <p>The rule in words: a pattern token counts when it must match exactly one token or more
 * (not {@code min="0"}), has a {@code postag} condition, and takes its condition from the rule
 * itself (not from a {@code <match>} reference to another token, which is only known while
 * matching, and without an {@code <or>} group); its condition must then hold for some reading of
 * the sentence ({@link PosCondition}). Rules that read the tags from before disambiguation are
 * left out. Exceptions, antipatterns, skips, chunk tags and unification can only make a rule
 * match less, so they are not needed to know that it cannot match at all.
 */
final class PosHints {
    private static final PosCondition[] NONE = new PosCondition[0];
    private static final Field BEFORE_DISAMBIGUATION = PrivateFields.find(PatternRule.class, "interpretPosTagsPreDisambiguation");

    /**
     * By position in the rule list: the conditions of each rule, none for most. By position rather
     * than by rule: asking an identity map for each of some 500 candidate rules a sentence was 3 %
     * of a full check's samples.
     */
    private final PosCondition[][] conditions;

    private PosHints(PosCondition[][] conditions) {
        this.conditions = conditions;
    }

    /** Whether hints can be read from this LanguageTool at all; if not, nothing should be skipped. */
    static boolean available() {
        return PosCondition.available() && BEFORE_DISAMBIGUATION != null;
    }

    /** The hints of {@code rules}, worked out once, by their position in the list. */
    static PosHints of(List<? extends Rule> rules) throws IllegalAccessException {
        PosCondition[][] conditions = new PosCondition[rules.size()][];
        for (int r = 0; r < conditions.length; r++) {
            conditions[r] = conditionsOf(rules.get(r));
        }
        return new PosHints(conditions);
    }

    /** False only when rule number {@code rule} cannot match a sentence with these kinds of reading. */
    boolean mayMatch(int rule, TagNumbers.InSentence kinds) {
        for (PosCondition condition : conditions[rule]) {
            if (!condition.holdsForSome(kinds)) {
                return false;
            }
        }
        return true;
    }

    /** The distinct conditions a rule's pattern needs, as the class comment says; empty for none. */
    private static PosCondition[] conditionsOf(Rule rule) throws IllegalAccessException {
        if (!(rule instanceof AbstractTokenBasedRule tokenRule) || readsTagsBeforeDisambiguation(rule)) {
            return NONE;
        }
        Set<PosCondition> needed = new LinkedHashSet<>();
        for (PatternToken token : tokenRule.getPatternTokens()) {
            PosCondition condition = needed(token);
            if (condition != null) {
                needed.add(condition);
            }
        }
        return needed.toArray(NONE);
    }

    /** Whether {@code rule} matches the tags of before disambiguation, which the hints do not read. */
    static boolean readsTagsBeforeDisambiguation(Rule rule) throws IllegalAccessException {
        return rule instanceof PatternRule p && BEFORE_DISAMBIGUATION.getBoolean(p);
    }

    /**
     * The POS condition a token that matches must satisfy with the reading it matches, or null
     * when there is none or it may not apply ({@code min="0"}, a {@code <match>} reference, an
     * {@code <or>} group).
     */
    static PosCondition needed(PatternToken token) throws IllegalAccessException {
        if (token.getMinOccurrence() >= 1 && !token.isReferenceElement() && !token.hasOrGroup()) {
            return PosCondition.of(token);
        }
        return null;
    }
}
