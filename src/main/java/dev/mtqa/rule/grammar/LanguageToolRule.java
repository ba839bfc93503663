package dev.mtqa.rule.grammar;

import dev.mtqa.EnglishVariant;
import dev.mtqa.config.RuleResources;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.ResultCache;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LanguageTool as one mtqa rule: its grammar, spelling and punctuation rules plus our own pattern
 * rules from {@code rules/*.xml}. Each LanguageTool match becomes a match under LanguageTool's own
 * rule id, with LanguageTool's category mapped onto ours and its suggestions kept as fixes that
 * need review.
 *
 * <p>{@link JLanguageTool} is not thread-safe, so each worker thread gets its own instance per
 * English variant; all of them share one {@link Language} per variant (its dictionaries and
 * taggers are the expensive part) and one result cache.
 */
public final class LanguageToolRule implements Rule {
    public static final String ID = "LANGUAGETOOL";
    /** How many suggestions of LanguageTool's to keep per match; the rest are rarely right. */
    private static final int MAX_SUGGESTIONS = 3;
    private static final int CACHE_SENTENCES = 20_000;

    private static final RuleMetadata METADATA = new RuleMetadata(ID, Category.GRAMMAR, Severity.WARNING,
            "LanguageTool's grammar, spelling and punctuation rules, and ours from rules/*.xml",
            "LanguageTool checks each sentence against several thousand grammar and style patterns and a spelling "
                    + "dictionary. Each of its findings carries LanguageTool's own rule id; its categories map onto "
                    + "mtqa's (typos are SPELLING, punctuation is TYPOGRAPHY, style is STYLE, the rest GRAMMAR). "
                    + "Style-only categories are off by default.",
            List.of());

    private final List<PatternRuleFile> patternFiles;
    private final ResultCache cache = new ResultCache(CACHE_SENTENCES);
    private final Map<EnglishVariant, Language> languages = new EnumMap<>(EnglishVariant.class);
    private final ThreadLocal<Map<EnglishVariant, JLanguageTool>> tools = ThreadLocal.withInitial(() -> new EnumMap<>(EnglishVariant.class));
    private final List<RuleMetadata> ownRules;

    public LanguageToolRule(RuleResources resources) {
        this.patternFiles = resources.files(".xml").stream().map(PatternRuleFile::of).toList();
        for (EnglishVariant variant : EnglishVariant.values()) {
            languages.put(variant, Languages.getLanguageForShortCode(variant.code()));
        }
        this.ownRules = describeOwnRules();
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** Our XML pattern rules, each described with the examples from its XML. */
    public List<RuleMetadata> ownRules() {
        return ownRules;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        JLanguageTool tool = tools.get().computeIfAbsent(context.variant(), this::newTool);
        List<RuleMatch> matches;
        try {
            matches = tool.check(document.text());
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed on " + document.displayName(), e);
        }
        for (RuleMatch m : matches) {
            out.add(toMatch(m));
        }
    }

    private Match toMatch(RuleMatch m) {
        org.languagetool.rules.Rule rule = m.getRule();
        Category category = LanguageToolCategories.categoryOf(rule.getCategory().getId().toString());
        List<Edit> edits = new ArrayList<>();
        for (String suggestion : m.getSuggestedReplacements()) {
            if (edits.size() == MAX_SUGGESTIONS) {
                break;
            }
            edits.add(new Edit(m.getFromPos(), m.getToPos(), suggestion, Edit.REVIEW));
        }
        return new Match(m.getFromPos(), m.getToPos(), plainMessage(m.getMessage()), edits,
                rule.getId(), category, LanguageToolCategories.severityOf(category));
    }

    /** LanguageTool marks suggestions inside messages with tags; show them as quotes. */
    static String plainMessage(String message) {
        return message.replace(RuleMatch.SUGGESTION_START_TAG, "'").replace(RuleMatch.SUGGESTION_END_TAG, "'");
    }

    private JLanguageTool newTool(EnglishVariant variant) {
        Language language = languages.get(variant);
        JLanguageTool tool = new JLanguageTool(language, null, cache);
        for (PatternRuleFile file : patternFiles) {
            file.load(language).forEach(tool::addRule);
        }
        for (String styleLike : LanguageToolCategories.STYLE_LIKE) {
            tool.disableCategory(new CategoryId(styleLike));
        }
        return tool;
    }

    private List<RuleMetadata> describeOwnRules() {
        Map<String, RuleMetadata> byId = new LinkedHashMap<>();
        Language language = languages.get(EnglishVariant.US);
        for (PatternRuleFile file : patternFiles) {
            for (AbstractPatternRule rule : file.load(language)) {
                // A rule group shares one id; its rules' examples are pooled under it.
                RuleMetadata previous = byId.get(rule.getId());
                List<Example> examples = new ArrayList<>(previous == null ? List.of() : previous.examples());
                for (IncorrectExample bad : rule.getIncorrectExamples()) {
                    examples.add(Example.flags(bad.getExample(),
                            bad.getCorrections().isEmpty() ? null : bad.getCorrections().get(0)));
                }
                for (CorrectExample good : rule.getCorrectExamples()) {
                    examples.add(Example.accepts(good.getExample()));
                }
                Category category = LanguageToolCategories.categoryOf(rule.getCategory().getId().toString());
                byId.put(rule.getId(), new RuleMetadata(rule.getId(), category,
                        LanguageToolCategories.severityOf(category), rule.getDescription(),
                        plainMessage(rule.getMessage()) + " (LanguageTool pattern rule in " + file.origin() + ")",
                        examples));
            }
        }
        return List.copyOf(byId.values());
    }
}
