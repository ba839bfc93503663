package dev.mtqa.cli;

import dev.mtqa.EnglishVariant;
import dev.mtqa.Mtqa;
import dev.mtqa.input.FileInput;
import dev.mtqa.input.Inputs;
import dev.mtqa.input.JsonlFields;
import dev.mtqa.input.PathFilter;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What to read and how to check it: the options {@code check} and {@code fix} share, and the one
 * place that turns them into {@link Inputs} and an {@link Mtqa}.
 */
final class CorpusOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, folders or - for standard input. .jsonl/.ndjson files hold one document per line; .gz is read compressed.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer jobs;

    @Option(names = "--lang", paramLabel = "VARIANT", converter = VariantConverter.class,
            description = "English variant: auto, en-US or en-GB (default: auto, decided per document from its spelling).")
    EnglishVariant variant;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Files to read inside folders (repeatable; default: *.txt, *.md, *.jsonl, *.ndjson and their .gz). "
                    + "A glob with / matches the path below the folder.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Files or folders to skip inside folders (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--text-field", paramLabel = "NAME", description = "JSONL: the field holding the text (default: ${DEFAULT-VALUE}).")
    String textField = "text";

    @Option(names = "--id-field", paramLabel = "NAME",
            description = "JSONL: the field holding the record id (default: ${DEFAULT-VALUE}; else the line number).")
    String idField = "id";

    @Option(names = "--no-grammar", description = "Skip LanguageTool: mtqa's own rules only, much faster.")
    boolean noGrammar;

    int workers() {
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1) {
            throw new ConfigurationException("--jobs must be at least 1, not " + workers);
        }
        return workers;
    }

    Inputs inputs(InputStream stdin) {
        return new Inputs(new PathFilter(includes, excludes), stdin, FileInput.DEFAULT_MAX_BYTES,
                new JsonlFields(textField, idField));
    }

    Mtqa mtqa() {
        return Mtqa.builder().variant(variant).grammar(!noGrammar).build();
    }

    static final class VariantConverter implements CommandLine.ITypeConverter<EnglishVariant> {
        @Override
        public EnglishVariant convert(String value) {
            if (value.equalsIgnoreCase("auto")) {
                return null;
            }
            try {
                return EnglishVariant.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
