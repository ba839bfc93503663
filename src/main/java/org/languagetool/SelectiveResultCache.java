package org.languagetool;

import org.languagetool.rules.RuleMatch;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * mtqa's, not LanguageTool's: a {@link ResultCache} that stores a sentence's analysis or matches
 * only when {@code keeps} accepts the sentence (its {@code toString()} is the sentence's text),
 * and otherwise skips LanguageTool's {@code put} altogether, which copies every match, spelling
 * suggestions included, before storing it. Used by {@code dev.mtqa.rule.grammar.RepeatedSentenceCache}.
 *
 * <p>It lives in LanguageTool's package because the two sentence types its {@code put}s take are
 * package-private there; mtqa's jar and LanguageTool's are on one class path, and LanguageTool's
 * package is not sealed.
 */
public final class SelectiveResultCache extends ResultCache {
    private final Predicate<Object> keeps;

    /**
     * @param sentences about how many sentences it holds (LanguageTool's measure of its size)
     * @param keeps     whether a sentence LanguageTool is about to store is to be kept
     */
    public SelectiveResultCache(long sentences, Predicate<Object> keeps) {
        super(sentences);
        this.keeps = Objects.requireNonNull(keeps);
    }

    @Override
    public void put(InputSentence sentence, List<RuleMatch> matches) {
        if (keeps.test(sentence)) {
            super.put(sentence, matches);
        }
    }

    @Override
    public void put(SimpleInputSentence sentence, AnalyzedSentence analysis) {
        if (keeps.test(sentence)) {
            super.put(sentence, analysis);
        }
    }
}
