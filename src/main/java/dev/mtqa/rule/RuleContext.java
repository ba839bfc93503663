package dev.mtqa.rule;

import dev.mtqa.EnglishVariant;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.text.Span;

import java.util.List;

/**
 * What a rule may know beyond the document it checks.
 *
 * @param variant  the English the document is checked against
 * @param profile  facts about the whole corpus the document belongs to (for a document checked on
 *                 its own, the profile of that document alone)
 * @param nonProse spans that earlier rules found not to be prose of the article (boilerplate lines,
 *                 untranslated lines): rules that check prose ({@link Rule#checksProse()}) skip them
 */
public record RuleContext(EnglishVariant variant, CorpusProfile profile, List<Span> nonProse) {

    public RuleContext {
        nonProse = List.copyOf(nonProse);
    }

    public RuleContext(EnglishVariant variant, CorpusProfile profile) {
        this(variant, profile, List.of());
    }

    public RuleContext withNonProse(List<Span> spans) {
        return new RuleContext(variant, profile, spans);
    }
}
