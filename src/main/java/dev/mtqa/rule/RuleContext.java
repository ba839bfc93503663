package dev.mtqa.rule;

import dev.mtqa.EnglishVariant;
import dev.mtqa.corpus.CorpusProfile;

/**
 * What a rule may know beyond the document it checks.
 *
 * @param variant the English the document is checked against
 * @param profile facts about the whole corpus the document belongs to (for a document checked on
 *                its own, the profile of that document alone)
 */
public record RuleContext(EnglishVariant variant, CorpusProfile profile) {
}
