package dev.mtqa;

import dev.mtqa.config.RuleResources;
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

import java.util.List;
import java.util.function.Consumer;

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

    private Mtqa(Builder builder) {
        this.rules = builder.grammar
                ? RuleRegistry.allRules(builder.resources)
                : RuleRegistry.customRules(builder.resources);
        this.variant = builder.variant;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The rules this instance runs. */
    public List<Rule> rules() {
        return rules;
    }

    /** Metadata of every rule this instance runs, our LanguageTool XML rules listed one by one. */
    public List<RuleMetadata> ruleMetadata() {
        return RuleRegistry.describe(rules);
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
        return new DocumentChecker(rules, profile, variant);
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
        return checkAll(inputs, jobs, profile -> { }, consumer);
    }

    /**
     * As {@link #checkAll(Iterable, int, Consumer)}, telling {@code profiled} what the first pass
     * found before the checks start (how many documents and characters: a progress bar's total).
     */
    public CorpusProfile checkAll(Iterable<InputItem> inputs, int jobs, Consumer<CorpusProfile> profiled,
                                  Consumer<FileResult> consumer) {
        OrderedParallelRunner runner = new OrderedParallelRunner(jobs);
        CorpusProfile profile = profile(inputs, runner);
        profiled.accept(profile);
        DocumentChecker checker = checker(profile);
        runner.run(inputs.iterator(), item -> check(item, checker), consumer);
        return profile;
    }

    /** The first pass: reads every input once and gathers what the corpus as a whole says. */
    public static CorpusProfile profile(Iterable<InputItem> inputs, int jobs) {
        return profile(inputs, new OrderedParallelRunner(jobs));
    }

    private static CorpusProfile profile(Iterable<InputItem> inputs, OrderedParallelRunner runner) {
        CorpusProfiler profiler = new CorpusProfiler();
        runner.run(inputs.iterator(), item -> {
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
        private boolean grammar = true;

        private Builder() {
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

        /** Whether to run LanguageTool; without it only mtqa's own rules run, much faster. */
        public Builder grammar(boolean value) {
            this.grammar = value;
            return this;
        }

        public Mtqa build() {
            return new Mtqa(this);
        }
    }
}
