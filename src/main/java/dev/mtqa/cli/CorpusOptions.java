package dev.mtqa.cli;

import dev.mtqa.EnglishVariant;
import dev.mtqa.GrammarMode;
import dev.mtqa.Mtqa;
import dev.mtqa.config.ConfigException;
import dev.mtqa.config.ConfigReader;
import dev.mtqa.config.MtqaConfig;
import dev.mtqa.config.RuleResources;
import dev.mtqa.config.Suggestions;
import dev.mtqa.input.FileInput;
import dev.mtqa.input.Inputs;
import dev.mtqa.input.JsonlFields;
import dev.mtqa.input.PathFilter;
import dev.mtqa.input.StandardInput;
import dev.mtqa.rule.grammar.LanguageToolCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What to read and how to check it: the options {@code check} and {@code fix} share, and the one
 * place that turns them and the configuration file ({@code mtqa.yml}) into {@link Inputs} and an
 * {@link Mtqa}. Command-line flags override the file; lists (such as {@code --exclude}) add to it.
 */
final class CorpusOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, folders or - for standard input. .jsonl/.ndjson files hold one document per line; .gz and .zst are read compressed.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file (default: mtqa.yml in the working folder or the nearest parent that has one).")
    Path configFile;

    @Option(names = "--no-config", description = "Read no configuration file.")
    boolean noConfig;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer jobs;

    @Option(names = "--lang", paramLabel = "VARIANT", converter = LangConverter.class,
            description = "English variant: auto, en-US or en-GB (default: lang in mtqa.yml, else auto: decided per document from its spelling).")
    Lang lang;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Files to read inside folders (repeatable; default: *.txt, *.md, *.jsonl, *.ndjson and their .gz and .zst, in any case). "
                    + "A glob with / matches the path below the folder.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Files or folders to skip inside folders (repeatable; added to exclude in mtqa.yml).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--text-field", paramLabel = "NAME",
            description = "JSONL: the field holding the text (default: ${DEFAULT-VALUE}); a.b names field b of the "
                    + "object in field a.")
    String textField = "text";

    @Option(names = "--id-field", paramLabel = "NAME",
            description = "JSONL: the field holding the record id (default: ${DEFAULT-VALUE}; else the line number; "
                    + "a.b as for --text-field).")
    String idField = "id";

    @Option(names = "--stdin-format", paramLabel = "FORMAT", converter = StdinFormatConverter.class,
            description = "What standard input (-) holds: auto (JSONL if it begins with {, else one text document), "
                    + "text or jsonl (default: auto). gzip and Zstandard input are told by their first bytes.")
    StandardInput.Format stdinFormat = StandardInput.Format.AUTO;

    @Option(names = "--grammar", paramLabel = "MODE", converter = GrammarConverter.class,
            description = "How much of LanguageTool to run: full (its complete sentence analysis), fast (without its "
                    + "phrase chunker: about twice as fast, misses a few grammar errors) or off (default: full, "
                    + "or grammar in mtqa.yml).")
    GrammarMode grammar;

    @Option(names = "--no-grammar", description = "Skip LanguageTool: mtqa's own rules only, much faster (--grammar off).")
    boolean noGrammar;

    /** The folder a configuration file is searched from; the working folder unless a test says otherwise. */
    Path workingFolder = Path.of("").toAbsolutePath();

    private MtqaConfig config;

    /** How much of LanguageTool to run: {@code --no-grammar}, else {@code --grammar}, else the file's, else full. */
    GrammarMode grammar() {
        if (noGrammar && grammar != null && grammar != GrammarMode.OFF) {
            throw new ConfigurationException("--no-grammar and --grammar " + grammar + " contradict each other");
        }
        if (noGrammar) {
            return GrammarMode.OFF;
        }
        if (grammar != null) {
            return grammar;
        }
        return config().grammar() == null ? GrammarMode.FULL : config().grammar();
    }

    /** The English variant asked for: a variant, or null for auto. */
    record Lang(EnglishVariant variant) {
    }

    int workers() {
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1) {
            throw new ConfigurationException("--jobs must be at least 1, not " + workers);
        }
        return workers;
    }

    /** The configuration in force: {@code --config}, else the nearest {@code mtqa.yml}, else none. */
    MtqaConfig config() {
        if (config == null) {
            if (noConfig && configFile != null) {
                throw new ConfigurationException("--config and --no-config contradict each other");
            }
            try {
                if (configFile != null) {
                    config = ConfigReader.read(configFile);
                } else if (noConfig) {
                    config = MtqaConfig.EMPTY;
                } else {
                    config = ConfigReader.find(workingFolder).map(ConfigReader::read).orElse(MtqaConfig.EMPTY);
                }
            } catch (ConfigException e) {
                throw new ConfigurationException(e.getMessage());
            }
        }
        return config;
    }

    Inputs inputs(InputStream stdin) {
        List<String> allExcludes = new ArrayList<>(config().exclude());
        allExcludes.addAll(excludes);
        return new Inputs(new PathFilter(includes, allExcludes), stdin, stdinFormat, FileInput.DEFAULT_MAX_BYTES,
                new JsonlFields(textField, idField));
    }

    /** The English variant to check against: {@code --lang}, else the file's {@code lang}; null for auto. */
    EnglishVariant variant() {
        if (lang != null) {
            return lang.variant();
        }
        String fromFile = config().lang();
        return fromFile == null || fromFile.equals("auto") ? null : EnglishVariant.parse(fromFile);
    }

    Mtqa mtqa() {
        MtqaConfig settings = config();
        RuleResources resources = RuleResources.builtIn();
        for (Path dir : settings.rulesDirs()) {
            resources = resources.withDirectory(dir);
        }
        try {
            return Mtqa.builder()
                    .variant(variant())
                    .grammar(grammar())
                    .resources(resources)
                    .houseStyle(settings.houseStyle())
                    .severities(settings.severities())
                    .build();
        } catch (Mtqa.UnknownRuleException e) {
            String id = e.ids().get(0);
            throw new ConfigurationException(settings.errorAtRule(id, "unknown rule id '" + id + "'" + didYouMean(id)
                    + " (expected one of mtqa's rules, listed by 'mtqa rules', or a LanguageTool rule id such as "
                    + "MORFOLOGIK_RULE_EN_US)").getMessage());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ConfigurationException("cannot load the rules: " + e.getMessage());
        }
    }

    private static String didYouMean(String id) {
        Set<String> known = new HashSet<>(LanguageToolCatalog.ids());
        Mtqa.builder().grammar(false).build().ruleMetadata().forEach(m -> known.add(m.id()));
        return Suggestions.closest(id, known).map(s -> ", did you mean '" + s + "'?").orElse("");
    }

    static final class GrammarConverter implements CommandLine.ITypeConverter<GrammarMode> {
        @Override
        public GrammarMode convert(String value) {
            try {
                return GrammarMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class StdinFormatConverter implements CommandLine.ITypeConverter<StandardInput.Format> {
        @Override
        public StandardInput.Format convert(String value) {
            try {
                return StandardInput.Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            if (value.equalsIgnoreCase("auto")) {
                return new Lang(null);
            }
            try {
                return new Lang(EnglishVariant.parse(value));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
