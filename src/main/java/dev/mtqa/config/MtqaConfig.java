package dev.mtqa.config;

import dev.mtqa.GrammarMode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of an {@code mtqa.yml} file, validated and with relative paths resolved against the
 * file's folder. Everything is optional; command-line flags override what is set here.
 *
 * @param file       the file it was read from; null for {@link #EMPTY}
 * @param lang       {@code auto}, {@code en-US} or {@code en-GB}; null when not set
 * @param failOn     {@code error}, {@code warning}, {@code info} or {@code none}; null when not set
 * @param grammar    how much of LanguageTool to run; null when not set
 * @param severities category and rule levels
 * @param houseStyle house-style entries that add to or replace those of the rules folders
 * @param rulesDirs  extra rules folders (absolute), after the built-in one, in the order given
 * @param exclude    globs of files and folders to skip, as {@code --exclude}
 * @param ruleKeys   where each rule id in {@code rules:} is set, for messages about unknown ids
 */
public record MtqaConfig(Path file, String lang, String failOn, GrammarMode grammar, Severities severities,
                         List<Term> houseStyle, List<Path> rulesDirs, List<String> exclude,
                         Map<String, Position> ruleKeys) {

    /** No configuration file: nothing set. */
    public static final MtqaConfig EMPTY = new MtqaConfig(null, null, null, null, Severities.defaults(), List.of(),
            List.of(), List.of(), Map.of());

    /** The file names searched for in the working folder and its parents. */
    public static final List<String> FILE_NAMES = List.of("mtqa.yml", "mtqa.yaml");

    public MtqaConfig {
        houseStyle = List.copyOf(houseStyle);
        rulesDirs = List.copyOf(rulesDirs);
        exclude = List.copyOf(exclude);
        ruleKeys = Map.copyOf(ruleKeys);
    }

    /** A place in the file, 1-based. */
    public record Position(int line, int column) {
    }

    /** A problem with the rule id set at {@code ruleId}'s key, placed in this file. */
    public ConfigException errorAtRule(String ruleId, String problem) {
        Position at = ruleKeys.getOrDefault(ruleId, new Position(0, 0));
        return new ConfigException(file == null ? "configuration" : file.toString(), at.line(), at.column(), problem);
    }

    public Optional<Path> source() {
        return Optional.ofNullable(file);
    }
}
