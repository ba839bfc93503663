package dev.mtqa.rule.grammar;

import dev.mtqa.EnglishVariant;
import dev.mtqa.GrammarMode;
import dev.mtqa.config.Level;
import dev.mtqa.config.RuleResources;
import dev.mtqa.config.Severities;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.finding.Category;
import dev.mtqa.finding.Severity;
import dev.mtqa.input.Document;
import dev.mtqa.rule.Edit;
import dev.mtqa.rule.Example;
import dev.mtqa.rule.Match;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleContext;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.text.Span;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * LanguageTool as one mtqa rule: its grammar, spelling and punctuation rules plus our own pattern
 * rules from {@code rules/*.xml}. Each LanguageTool match becomes a match under LanguageTool's own
 * rule id, with LanguageTool's category mapped onto ours and its suggestions kept as fixes that
 * need review.
 *
 * <p>{@link JLanguageTool} is not thread-safe, so each worker thread gets its own instance per
 * English variant; all of them share one {@link Language} per variant (its dictionaries and
 * taggers are the expensive part) and one result cache, which keeps the sentences of lines met
 * again ({@link RepeatedSentenceCache}). LanguageTool's phrase chunker tags and
 * chunks with {@link SharingBeamSearch} (the same tags and chunks for less work,
 * {@link EnglishChunkerSpeedUp});
 * in {@link GrammarMode#FAST} the checks run without the chunker ({@link SkippableChunker}).
 */
public final class LanguageToolRule implements Rule {
    public static final String ID = "LANGUAGETOOL";
    /** How many suggestions of LanguageTool's to keep per match; the rest are rarely right. */
    private static final int MAX_SUGGESTIONS = 3;
    /**
     * The longest "sentence", in characters, that LanguageTool is shown. Its analysis grows with
     * the square of a sentence's length (the tagger's and chunker's beam searches copy each
     * candidate's history at every word; OpenNLP's own searches more so, and its disambiguation
     * and pattern rules follow): a run-on of 20,000 words without a full stop, as scraping
     * leaves behind (word lists, flattened tables, text whose punctuation was lost), took 74 s
     * for 112 KB, so a 1 MB one would take hours. Prose sentences stay far below this (a
     * 300-word sentence is about 2,000 characters); mtqa's own rules still check the text, and
     * {@link dev.mtqa.rule.segmentation.RunOnSentenceRule} reports the run-on itself.
     */
    public static final int MAX_SENTENCE_CHARS = 10_000;
    /**
     * The longest text LanguageTool is given at once ({@link TextPieces}): it keeps the analysis of
     * every sentence of a text until the text is checked, over 100 bytes of heap a character, so a
     * document of 6 MB filled a 1 GB heap, and a larger one (a scraped site in one file, a book)
     * ran it out of memory. News articles stay far below this and are checked whole, as before.
     */
    static final int MAX_PIECE_CHARS = 200_000;
    /**
     * Sentences LanguageTool's result cache keeps (shared by the workers), only those of lines met
     * again ({@link RepeatedSentenceCache}). Repeated sentences are syndicated copy and quotes
     * reprinted by several outlets, which arrive close together; each cached sentence holds its
     * full analysis, some 30 KB, so 20,000 of them took 600 MB of heap on the 10 MB benchmark
     * corpus when every sentence was kept. 4,000 keep the heap a few hundred MB.
     */
    private static final int CACHE_SENTENCES = 4_000;

    private static final RuleMetadata METADATA = new RuleMetadata(ID, Category.GRAMMAR, Severity.WARNING,
            "LanguageTool's grammar, spelling and punctuation rules, and ours from rules/*.xml",
            "LanguageTool checks each sentence against several thousand grammar and style patterns and a spelling "
                    + "dictionary. Each of its findings carries LanguageTool's own rule id; its categories map onto "
                    + "mtqa's (typos are SPELLING, punctuation is TYPOGRAPHY, style is STYLE, the rest GRAMMAR). "
                    + "Style-only categories are off by default.",
            List.of());

    /** LanguageTool rules switched off, from {@code languagetool-disabled.txt} in the rules folders. */
    static final String DISABLED = "languagetool-disabled.txt";

    private final List<PatternRuleFile> patternFiles;
    private final List<String> disabledRules;
    private final RepeatedSentenceCache cache = RepeatedSentenceCache.of(CACHE_SENTENCES);
    private final Map<EnglishVariant, Language> languages = new EnumMap<>(EnglishVariant.class);
    private final ThreadLocal<Map<EnglishVariant, JLanguageTool>> tools = ThreadLocal.withInitial(() -> new EnumMap<>(EnglishVariant.class));
    private final List<RuleMetadata> ownRules;
    private final Set<String> acceptedNames;
    private final Severities severities;
    private final GrammarMode mode;
    /** LanguageTool's rules that reported something, described for reports (SARIF lists them). */
    private final Map<String, RuleMetadata> reported = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param acceptedNames words never to call misspelled (rules/names.txt, the house style's
     *                      spellings); capitalised words the corpus uses as names are accepted too
     */
    public LanguageToolRule(RuleResources resources, Set<String> acceptedNames) {
        this(resources, acceptedNames, Severities.defaults());
    }

    /**
     * @param severities the user's levels: LanguageTool rules (and rules of categories) set to
     *                   {@code off} are switched off inside LanguageTool, so they cost nothing;
     *                   rules set to a severity are switched on even when LanguageTool or
     *                   {@code languagetool-disabled.txt} has them off; a level for STYLE switches
     *                   LanguageTool's style categories on
     */
    public LanguageToolRule(RuleResources resources, Set<String> acceptedNames, Severities severities) {
        this(resources, acceptedNames, severities, GrammarMode.FULL);
    }

    /**
     * @param mode {@link GrammarMode#FULL} or {@link GrammarMode#FAST}
     */
    public LanguageToolRule(RuleResources resources, Set<String> acceptedNames, Severities severities,
                            GrammarMode mode) {
        if (mode == GrammarMode.OFF) {
            throw new IllegalArgumentException("LanguageTool cannot run in grammar mode off");
        }
        this.mode = mode;
        this.severities = severities;
        this.acceptedNames = Set.copyOf(acceptedNames);
        this.patternFiles = resources.files(".xml").stream().map(PatternRuleFile::of).toList();
        this.disabledRules = resources.files(DISABLED).stream()
                .flatMap(r -> r.content().lines())
                .map(line -> line.replaceFirst("#.*", "").strip())
                .filter(id -> !id.isEmpty())
                .toList();
        // The spelling dictionaries compiled at build time, before any speller looks for them.
        PackedSpellerDictionaries.install();
        for (EnglishVariant variant : EnglishVariant.values()) {
            Language language = Languages.getLanguageForShortCode(variant.code());
            if (mode == GrammarMode.FAST) {
                SkippableChunker.installOn(language);
            }
            languages.put(variant, language);
        }
        // Same chunks, less work, for all variants at once (they share the chunker's models);
        // should it not fit the libraries, the chunker runs as it was.
        EnglishChunkerSpeedUp.install(languages.get(EnglishVariant.US));
        // The same analysis and matches with fewer rules tried: each variant has its own disambiguator.
        languages.values().forEach(PosHintSpeedUp::install);
        // Words met again are not looked up in the tagger's dictionary again.
        languages.values().forEach(RememberedWordTags::install);
        // LanguageTool looks a class up by name, in vain, whenever it drops an overlapping match.
        RememberingClassBroker.install();
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
    public boolean checksProse() {
        return true;
    }

    @Override
    public void check(Document document, RuleContext context, MatchSink out) {
        JLanguageTool tool = tools.get().computeIfAbsent(context.variant(), this::newTool);
        List<Span> skipped = notShown(context.nonProse(), document.sentences());
        List<String> linesMetAgain = LinesMetAgain.of(document, context.profile());
        for (Span piece : TextPieces.of(document.text(), MAX_PIECE_CHARS)) {
            AnnotatedText text = shownText(document.text(), piece, skipped);
            List<RuleMatch> matches = cache.checking(linesMetAgain, () -> mode == GrammarMode.FAST
                    ? SkippableChunker.skipping(() -> run(tool, text, document))
                    : run(tool, text, document));
            int offset = piece.start();
            for (RuleMatch m : matches) {
                // Decide before asking for suggestions: LanguageTool computes spelling suggestions
                // lazily, and they are the expensive part of a spelling match.
                Category category = categoryOf(m);
                int from = offset + m.getFromPos();
                int to = offset + m.getToPos();
                if (!isAcceptedName(document.text(), from, to, category, context.profile())) {
                    out.add(toMatch(m, from, to, category));
                }
            }
        }
    }

    private static List<RuleMatch> run(JLanguageTool tool, AnnotatedText text, Document document) {
        try {
            return tool.check(text);
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool failed on " + document.displayName(), e);
        }
    }

    /**
     * What LanguageTool is not shown: the lines that are not prose and the sentences longer than
     * {@link #MAX_SENTENCE_CHARS}, in order (spans may overlap).
     */
    static List<Span> notShown(List<Span> nonProse, List<Span> sentences) {
        List<Span> spans = new ArrayList<>(nonProse);
        for (Span sentence : sentences) {
            if (sentence.end() - sentence.start() > MAX_SENTENCE_CHARS) {
                spans.add(sentence);
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    /**
     * The piece {@code text[piece]} with the spans LanguageTool is not to check marked up, so it
     * skips them (no time spent, no noise) while its offsets still point into the piece.
     *
     * @param skipped spans in order of their start; they may overlap, and reach outside the piece
     */
    static AnnotatedText shownText(String text, Span piece, List<Span> skipped) {
        AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        int at = piece.start();
        for (Span span : skipped) {
            int end = Math.min(span.end(), piece.end());
            if (end <= at) {
                continue;
            }
            if (span.start() >= piece.end()) {
                break;
            }
            int from = Math.max(at, span.start());
            if (from > at) {
                builder.addText(text.substring(at, from));
            }
            builder.addMarkup(text.substring(from, end));
            at = end;
        }
        if (at < piece.end()) {
            builder.addText(text.substring(at, piece.end()));
        }
        return builder.build();
    }

    /**
     * A "misspelling" that is a capitalised word the user listed as a name, that the corpus uses as
     * a name more than once, or that stands next to another capitalised word ("James Okafor",
     * "Mykhailo Podolyak", "Russian 'Shahed' drones") is a proper name the dictionary does not know:
     * news names come in such runs far more often than misspelled capitalised words do.
     */
    private boolean isAcceptedName(String text, int start, int end, Category category, CorpusProfile profile) {
        if (category != Category.SPELLING || end <= start) {
            return false;
        }
        String word = text.substring(start, end);
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            word = word.substring(0, word.length() - 2);
        }
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        return acceptedNames.contains(word) || profile.nameOccurrences(word) > 1
                || capitalisedWordBefore(text, start) || capitalisedWordAfter(text, end);
    }

    /** Quotes that may wrap a name ("the 'Shahed' drones") without ending the phrase it stands in. */
    private static final String NAME_QUOTES = "'\"\u2018\u2019\u201c\u201d";

    /** True when the word before {@code at} (spaces and quotes between, same line) is capitalised. */
    static boolean capitalisedWordBefore(String text, int at) {
        int i = at;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0'
                || NAME_QUOTES.indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        if (i == at) {
            return false;
        }
        int end = i;
        while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            i--;
        }
        return end - i > 1 && Character.isUpperCase(text.charAt(i));
    }

    /** True when the word after {@code at} (one space between) is capitalised: "Mykhailo Podolyak". */
    static boolean capitalisedWordAfter(String text, int at) {
        return at + 2 < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\u00A0')
                && Character.isUpperCase(text.charAt(at + 1)) && Character.isLetter(text.charAt(at + 2));
    }

    /** The metadata of a LanguageTool rule that has reported something through this instance. */
    public Optional<RuleMetadata> describeReported(String id) {
        return Optional.ofNullable(reported.get(id));
    }

    private static Category categoryOf(RuleMatch m) {
        return LanguageToolCategories.categoryOf(m.getRule().getCategory().getId().toString());
    }

    /** LanguageTool's match {@code m}, found at {@code text[from, to)} of the document. */
    private Match toMatch(RuleMatch m, int from, int to, Category category) {
        org.languagetool.rules.Rule rule = m.getRule();
        reported.computeIfAbsent(rule.getId(), id -> LanguageToolCatalog.metadata(rule));
        List<Edit> edits = new ArrayList<>();
        for (String suggestion : m.getSuggestedReplacements()) {
            if (edits.size() == MAX_SUGGESTIONS) {
                break;
            }
            edits.add(new Edit(from, to, suggestion, Edit.REVIEW));
        }
        return new Match(from, to, plainMessage(m.getMessage()), edits,
                rule.getId(), category, LanguageToolCategories.severityOf(category));
    }

    /** LanguageTool marks suggestions inside messages with tags; show them as quotes. */
    static String plainMessage(String message) {
        return message.replace(RuleMatch.SUGGESTION_START_TAG, "'").replace(RuleMatch.SUGGESTION_END_TAG, "'");
    }

    private JLanguageTool newTool(EnglishVariant variant) {
        Language language = languages.get(variant);
        JLanguageTool tool = new JLanguageTool(language, null, cache.resultCache());
        for (PatternRuleFile file : patternFiles) {
            file.load(language).forEach(tool::addRule);
        }
        boolean styleWanted = severities.category(Category.STYLE).map(l -> l != Level.OFF).orElse(false);
        for (String styleLike : LanguageToolCategories.STYLE_LIKE) {
            if (styleWanted) {
                tool.enableRuleCategory(new CategoryId(styleLike));
            } else {
                tool.disableCategory(new CategoryId(styleLike));
            }
        }
        tool.disableRules(disabledRules);
        for (org.languagetool.rules.Rule rule : tool.getAllRules()) {
            Category category = LanguageToolCategories.categoryOf(rule.getCategory().getId().toString());
            Level level = severities.rule(rule.getId())
                    .orElseGet(() -> severities.category(category).orElse(null));
            if (level == Level.OFF) {
                tool.disableRule(rule.getId());
            } else if (level != null && severities.rule(rule.getId()).isPresent()) {
                tool.enableRule(rule.getId());
            }
        }
        PosHintSpeedUp.install(tool);
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
