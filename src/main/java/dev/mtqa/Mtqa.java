package dev.mtqa;

import dev.mtqa.config.HouseStyle;
import dev.mtqa.config.Level;
import dev.mtqa.config.RuleResources;
import dev.mtqa.config.Severities;
import dev.mtqa.config.Term;
import dev.mtqa.corpus.CorpusProfile;
import dev.mtqa.corpus.CorpusProfiler;
import dev.mtqa.engine.DocumentChecker;
import dev.mtqa.engine.OrderedParallelRunner;
import dev.mtqa.finding.FileResult;
import dev.mtqa.fix.Fixer;
import dev.mtqa.input.Document;
import dev.mtqa.input.InputItem;
import dev.mtqa.input.Loaded;
import dev.mtqa.rule.Rule;
import dev.mtqa.rule.RuleMetadata;
import dev.mtqa.rule.RuleRegistry;
import dev.mtqa.rule.grammar.LanguageToolCatalog;
import dev.mtqa.rule.grammar.LanguageToolRule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The library's front door: build once (loading rules and LanguageTool is the expensive part),
 * then check documents from any number of threads. The command line, a server or a batch job
 * all call this class; none of it knows about terminals or report formats.
 *
 * <pre>{@code
 * Mtqa mtqa = Mtqa.builder().variant(EnglishVariant.GB).build();
 * FileResult result = mtqa.check(Document.of("article.txt", text));
 * }</pre>
 */
public final class Mtqa {
    private final List<Rule> rules;
    /** The variant to check every document against; null to decide per document. */
    private final EnglishVariant variant;
    private final Severities severities;
    /** How much of LanguageTool runs: off when the configuration switched LANGUAGETOOL off. */
    private final GrammarMode grammar;
    private final RuleResources resources;
    /** The house style the rules use: the rules folders' and the configuration's. */
    private final HouseStyle houseStyle;
    /** Rule metadata by id, filled on first use. */
    private final Map<String, RuleMetadata> metadataById = new HashMap<>();

    private Mtqa(Builder builder) {
        HouseStyle houseStyle = HouseStyle.load(builder.resources).with(builder.houseStyle);
        GrammarMode grammar = builder.severities.rule(LanguageToolRule.ID).orElse(null) == Level.OFF
                ? GrammarMode.OFF : builder.grammar;
        this.rules = grammar == GrammarMode.OFF
                ? RuleRegistry.customRules(builder.resources, houseStyle)
                : RuleRegistry.allRules(builder.resources, houseStyle, builder.severities, grammar);
        this.grammar = grammar;
        this.variant = builder.variant;
        this.severities = builder.severities;
        this.resources = builder.resources;
        this.houseStyle = houseStyle;
        List<String> unknown = unknownRuleIds(builder.severities.ruleIds());
        if (!unknown.isEmpty()) {
            throw new UnknownRuleException(unknown);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The house style the rules check names against, for reports that count which spellings are in use. */
    public HouseStyle houseStyle() {
        return houseStyle;
    }

    /** How much of LanguageTool this instance runs. */
    public GrammarMode grammar() {
        return grammar;
    }

    /** The rules this instance runs. */
    public List<Rule> rules() {
        return rules;
    }

    /** Metadata of every rule this instance runs, our LanguageTool XML rules listed one by one. */
    public List<RuleMetadata> ruleMetadata() {
        return RuleRegistry.describe(rules);
    }

    /** The severity overrides this instance applies to every finding. */
    public Severities severities() {
        return severities;
    }

    /**
     * The metadata of a rule id that findings may carry: one of mtqa's rules (whether or not this
     * instance runs it), or one of LanguageTool's own rules for English.
     */
    public Optional<RuleMetadata> describe(String ruleId) {
        return describeOwn(ruleId)
                .or(() -> rules.stream().filter(r -> r instanceof LanguageToolRule).findFirst()
                        .flatMap(r -> ((LanguageToolRule) r).describeReported(ruleId)))
                .or(() -> LanguageToolCatalog.describe(ruleId));
    }

    /**
     * The ids in {@code ids} that are neither mtqa's rules nor LanguageTool's, in the order given.
     * LanguageTool's rule list is loaded only when an id is not one of mtqa's.
     */
    public List<String> unknownRuleIds(Collection<String> ids) {
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            if (describeOwn(id).isEmpty() && !LanguageToolCatalog.knows(id)) {
                unknown.add(id);
            }
        }
        return unknown;
    }

    /** mtqa's own rules, those this instance does not run included (our XML rules when LanguageTool is off). */
    private Optional<RuleMetadata> describeOwn(String id) {
        synchronized (metadataById) {
            if (metadataById.isEmpty()) {
                ruleMetadata().forEach(m -> metadataById.put(m.id(), m));
            }
            if (!metadataById.containsKey(id) && !metadataById.containsKey(LanguageToolRule.ID)) {
                LanguageToolRule languageTool = new LanguageToolRule(resources, java.util.Set.of());
                metadataById.put(LanguageToolRule.ID, languageTool.metadata());
                languageTool.ownRules().forEach(m -> metadataById.put(m.id(), m));
            }
            return Optional.ofNullable(metadataById.get(id));
        }
    }

    /** Checks one document on its own: cross-document evidence comes from this document alone. */
    public FileResult check(Document document) {
        return checker(CorpusProfiler.of(document)).check(document);
    }

    /** Checks one document as part of a corpus whose profile was built beforehand ({@link CorpusProfiler}). */
    public FileResult check(Document document, CorpusProfile profile) {
        return checker(profile).check(document);
    }

    /**
     * Cleans a document with the fixes its findings suggest (only safe ones unless {@code unsafe}),
     * re-checking after each round and rolling back any edit that makes a new finding appear.
     */
    public Fixer.Outcome fix(Document document, CorpusProfile profile, boolean unsafe) {
        DocumentChecker checker = checker(profile);
        return Fixer.fix(document.text(), text -> checker.check(
                text.equals(document.text()) ? document : document.withText(text)).findings(), unsafe);
    }

    private DocumentChecker checker(CorpusProfile profile) {
        return new DocumentChecker(rules, profile, variant, severities);
    }

    /** Reads and checks one input; a skipped or unreadable input comes back as such, never as an exception. */
    private static FileResult check(InputItem item, DocumentChecker checker) {
        Loaded loaded = item.load();
        if (loaded instanceof Loaded.Ok ok) {
            return checker.check(ok.document());
        }
        if (loaded instanceof Loaded.Skipped skipped) {
            return FileResult.skipped(skipped.path(), skipped.reason());
        }
        Loaded.Failed failed = (Loaded.Failed) loaded;
        return FileResult.failed(failed.path(), failed.reason());
    }

    /**
     * Checks a corpus in two passes over {@code inputs}: a cheap one that builds the corpus profile,
     * then the checks, on {@code jobs} worker threads. Results go to {@code consumer} on the calling
     * thread, in input order, so output is the same whatever the number of jobs.
     *
     * @return the corpus profile the checks used, for reports about the corpus as a whole
     */
    public CorpusProfile checkAll(Iterable<InputItem> inputs, int jobs, Consumer<FileResult> consumer) {
        return checkAll(inputs, item -> true, jobs, profile -> { }, consumer);
    }

    /**
     * The whole of a corpus run: checks only the inputs {@code selected} accepts, while the corpus
     * profile still comes from all of them (a file checked on its own because it changed gets the
     * same findings as in a run over the whole corpus), and tells {@code profiled} what the first
     * pass found before the checks start (how many documents and characters: a progress bar's total).
     */
    public CorpusProfile checkAll(Iterable<InputItem> inputs, Predicate<InputItem> selected, int jobs,
                                  Consumer<CorpusProfile> profiled,
                                  Consumer<FileResult> consumer) {
        return checkAll(inputs, selected, jobs, profiled, Function.identity(), consumer);
    }

    /**
     * {@link #checkAll(Iterable, Predicate, int, Consumer, Consumer)}, with {@code afterCheck} applied
     * to each result on the worker thread that checked it (work that is the result's own, such as a
     * reporter's {@link dev.mtqa.report.Reporter#prepare}), and its answers handed to {@code consumer}
     * in input order on the calling thread.
     */
    public <T> CorpusProfile checkAll(Iterable<InputItem> inputs, Predicate<InputItem> selected, int jobs,
                                      Consumer<CorpusProfile> profiled, Function<FileResult, T> afterCheck,
                                      Consumer<T> consumer) {
        OrderedParallelRunner runner = new OrderedParallelRunner(jobs);
        // Names are counted for the grammar check's spelling rule; no other rule reads them.
        CorpusProfile profile = profile(inputs, runner, grammar != GrammarMode.OFF);
        profiled.accept(profile);
        DocumentChecker checker = checker(profile);
        runner.run(filter(inputs.iterator(), selected), InputItem::bytesHeld,
                item -> afterCheck.apply(check(item, checker)), consumer);
        return profile;
    }

    private static <T> Iterator<T> filter(Iterator<T> items, Predicate<T> keep) {
        return new Iterator<>() {
            private T next;

            @Override
            public boolean hasNext() {
                while (next == null && items.hasNext()) {
                    T candidate = items.next();
                    if (keep.test(candidate)) {
                        next = candidate;
                    }
                }
                return next != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T result = next;
                next = null;
                return result;
            }
        };
    }

    /** The first pass: reads every input once and gathers what the corpus as a whole says. */
    public static CorpusProfile profile(Iterable<InputItem> inputs, int jobs) {
        return profile(inputs, new OrderedParallelRunner(jobs), true);
    }

    private static CorpusProfile profile(Iterable<InputItem> inputs, OrderedParallelRunner runner, boolean countNames) {
        CorpusProfiler profiler = new CorpusProfiler(countNames);
        runner.run(inputs.iterator(), InputItem::bytesHeld, item -> {
            if (item.load() instanceof Loaded.Ok ok) {
                profiler.add(ok.document());
            }
            return item;
        }, item -> { });
        return profiler.build();
    }

    public static final class Builder {
        private EnglishVariant variant;
        private RuleResources resources = RuleResources.builtIn();
        private GrammarMode grammar = GrammarMode.FULL;
        private Severities severities = Severities.defaults();
        private List<Term> houseStyle = List.of();

        private Builder() {
        }

        /**
         * Severity overrides by rule id and category, {@code off} included; applied by the engine to
         * every finding. Rule ids may be mtqa's or LanguageTool's; {@link #build()} refuses others.
         */
        public Builder severities(Severities value) {
            this.severities = value;
            return this;
        }

        /** House-style entries that add to, or replace, those of the rules folders ({@link HouseStyle#with}). */
        public Builder houseStyle(List<Term> value) {
            this.houseStyle = List.copyOf(value);
            return this;
        }

        /**
         * The English to check every document against. Unless set (or set to null), each document
         * is checked against the variant its spelling shows, else the corpus's, else en-US.
         */
        public Builder variant(EnglishVariant value) {
            this.variant = value;
            return this;
        }

        /** Where house style, phrase lists and XML rules come from; the built-in set unless set. */
        public Builder resources(RuleResources value) {
            this.resources = value;
            return this;
        }

        /** Whether to run LanguageTool (fully); without it only mtqa's own rules run, much faster. */
        public Builder grammar(boolean value) {
            return grammar(value ? GrammarMode.FULL : GrammarMode.OFF);
        }

        /** How much of LanguageTool to run; {@link GrammarMode#FULL} unless set. */
        public Builder grammar(GrammarMode value) {
            this.grammar = Objects.requireNonNull(value);
            return this;
        }

        /** @throws UnknownRuleException when a severity is set for a rule id no rule has */
        public Mtqa build() {
            return new Mtqa(this);
        }
    }

    /** Severities were set for rule ids that neither mtqa nor LanguageTool has. */
    public static final class UnknownRuleException extends IllegalArgumentException {
        private final List<String> ids;

        public UnknownRuleException(List<String> ids) {
            super("unknown rule id" + (ids.size() == 1 ? " " : "s ") + String.join(", ", ids));
            this.ids = List.copyOf(ids);
        }

        public List<String> ids() {
            return ids;
        }
    }
}
