package dev.mtqa.rule;

import dev.mtqa.input.Document;

/**
 * One check. A rule knows one thing, carries its own metadata and examples, and reports what it
 * finds as {@link Match}es; it never fixes, prints or decides what is enabled.
 *
 * <p>Implementations must be safe to call from several threads at once, each with its own document.
 */
public interface Rule {

    RuleMetadata metadata();

    /** Reports every problem this rule finds in {@code document}. */
    void check(Document document, RuleContext context, MatchSink out);

    /**
     * True for rules that check the prose of the article (grammar, spelling): they run after the
     * others, skip the lines those found to be boilerplate or untranslated
     * ({@link RuleContext#nonProse()}), and their findings inside text that another rule already
     * flagged as boilerplate, untranslated or broken encoding are dropped as noise.
     */
    default boolean checksProse() {
        return false;
    }

    /** Where a rule puts its matches. */
    @FunctionalInterface
    interface MatchSink {
        void add(Match match);
    }
}
