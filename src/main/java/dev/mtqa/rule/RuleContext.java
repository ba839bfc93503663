package dev.mtqa.rule;

import dev.mtqa.EnglishVariant;

/**
 * What a rule may know beyond the document it checks: the English variant the document is
 * checked against. Later: the corpus profile and house style.
 */
public record RuleContext(EnglishVariant variant) {
}
