package dev.mtqa.rule.grammar;

import dev.mtqa.config.RuleResources;
import org.languagetool.Language;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One of our LanguageTool pattern-rule files ({@code rules/*.xml}). Kept as text so each worker
 * thread can parse its own rule objects: LanguageTool rules hold per-check state.
 */
record PatternRuleFile(String name, String origin, String xml) {

    static PatternRuleFile of(RuleResources.Resource resource) {
        return new PatternRuleFile(resource.name(), resource.origin(), resource.content());
    }

    List<AbstractPatternRule> load(Language language) {
        try {
            return new PatternRuleLoader().getRules(
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), origin, language);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load LanguageTool rules from " + origin, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad LanguageTool rule file " + origin + ": " + e.getMessage(), e);
        }
    }
}
