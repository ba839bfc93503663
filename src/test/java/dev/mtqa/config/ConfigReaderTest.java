package dev.mtqa.config;

import dev.mtqa.GrammarMode;
import dev.mtqa.finding.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** mtqa.yml: every key, YAML's quirks, and errors that say file, line, column and what was expected. */
class ConfigReaderTest {
    @TempDir
    Path dir;

    private MtqaConfig read(String yaml) throws IOException {
        return ConfigReader.read(Files.writeString(dir.resolve("mtqa.yml"), yaml));
    }

    private ConfigException error(String yaml) {
        Path file = dir.resolve("mtqa.yml");
        try {
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        try {
            ConfigReader.read(file);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    @Test
    void readsEveryKey() throws IOException {
        Files.createDirectories(dir.resolve("my-rules"));
        MtqaConfig config = read("""
                # house rules
                lang: en-GB
                failOn: warning
                grammar: fast
                categories:
                  STYLE: off
                  typography: info
                rules:
                  TERMINOLOGY_HONORIFIC_STYLE: error
                  MORFOLOGIK_RULE_EN_GB: off
                houseStyle:
                  Kyiv: [Kiev, Kiyv]
                  Podolyak: Podoliak
                  Odesa:
                    variants: [Odessa]
                    exceptions: [Odessa, Texas]
                rulesDirs: [my-rules]
                exclude: ["archive/**", "*.draft.txt"]
                """);
        assertThat(config.lang()).isEqualTo("en-GB");
        assertThat(config.failOn()).isEqualTo("warning");
        assertThat(config.grammar()).isEqualTo(GrammarMode.FAST);
        assertThat(config.severities().categories())
                .containsEntry(Category.STYLE, Level.OFF)
                .containsEntry(Category.TYPOGRAPHY, Level.INFO);
        assertThat(config.severities().rules())
                .containsEntry("TERMINOLOGY_HONORIFIC_STYLE", Level.ERROR)
                .containsEntry("MORFOLOGIK_RULE_EN_GB", Level.OFF);
        assertThat(config.houseStyle()).extracting(Term::preferred).containsExactly("Kyiv", "Podolyak", "Odesa");
        assertThat(config.houseStyle().get(0).variants()).containsExactly("Kiev", "Kiyv");
        assertThat(config.houseStyle().get(1).variants()).containsExactly("Podoliak");
        assertThat(config.houseStyle().get(2).exceptions()).containsExactly("Odessa", "Texas");
        assertThat(config.houseStyle().get(0).origin()).endsWith("mtqa.yml:12");
        assertThat(config.rulesDirs()).containsExactly(dir.resolve("my-rules").toAbsolutePath().normalize());
        assertThat(config.exclude()).containsExactly("archive/**", "*.draft.txt");
        assertThat(config.ruleKeys().get("MORFOLOGIK_RULE_EN_GB")).isEqualTo(new MtqaConfig.Position(10, 3));
    }

    @Test
    void theReadmeExampleIsValid() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```yaml\nlang: en-GB");
        assertThat(start).as("the mtqa.yml example in the README").isNotNegative();
        String yaml = readme.substring(start + "```yaml\n".length(), readme.indexOf("```", start + 7));
        Files.createDirectories(dir.resolve("my-rules"));
        MtqaConfig config = read(yaml);
        assertThat(config.lang()).isEqualTo("en-GB");
        assertThat(config.houseStyle()).hasSize(3);
        assertThat(dev.mtqa.Mtqa.builder().grammar(false).build().unknownRuleIds(config.severities().ruleIds())).isEmpty();
    }

    @Test
    void yamlBooleansAndQuotedWordsAreReadAsWritten() throws IOException {
        MtqaConfig config = read("categories:\n  STYLE: off\n  SPELLING: 'OFF'\n  GRAMMAR: \"warning\"\n");
        assertThat(config.severities().category(Category.STYLE)).contains(Level.OFF);
        assertThat(config.severities().category(Category.SPELLING)).contains(Level.OFF);
        assertThat(config.severities().category(Category.GRAMMAR)).contains(Level.WARNING);
    }

    @Test
    void emptyFilesAndEmptySectionsAreFine() throws IOException {
        assertThat(read("").severities().isEmpty()).isTrue();
        assertThat(read("# nothing yet\n").lang()).isNull();
        assertThat(read("rules:\ncategories:\n").severities().isEmpty()).isTrue();
    }

    @Test
    void unknownKeyNamesLineColumnAndTheKeysExpected() {
        ConfigException e = error("lang: en-US\nfailon: error\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).startsWith(dir.resolve("mtqa.yml") + ":2:1: unknown key 'failon'")
                .contains("did you mean 'failOn'").contains("expected one of: lang, failOn, grammar, categories, rules");
    }

    @Test
    void badValuesSayWhatWasExpected() {
        assertThat(error("categories:\n  STYLE: maybe\n").getMessage())
                .contains(":2:10: unknown level 'maybe' for STYLE (expected off, error, warning or info)");
        assertThat(error("categories:\n  STYLES: off\n").getMessage())
                .contains(":2:3: unknown category 'STYLES'").contains("did you mean 'STYLE'").contains("TERMINOLOGY");
        assertThat(error("lang: fr-FR\n").getMessage()).contains(":1:7: unknown lang 'fr-FR' (expected auto, en-US, en-GB)");
        assertThat(error("failOn: sometimes\n").getMessage()).contains(":1:9: unknown failOn 'sometimes'");
        assertThat(error("grammar: quick\n").getMessage()).contains(":1:10: unknown grammar 'quick' (expected full, fast, off)");
        assertThat(error("rules:\n  SOME_RULE: [off]\n").getMessage()).contains(":2:14: expected a single value");
        assertThat(error("rules: [A, B]\n").getMessage()).contains(":1:8: expected rules: a mapping");
        assertThat(error("exclude: {a: b}\n").getMessage()).contains(":1:10: expected a list of values");
        assertThat(error("houseStyle:\n  Kyiv: {variants: [Kiev], other: x}\n").getMessage())
                .contains("unknown key 'other' in a house-style entry");
        assertThat(error("houseStyle:\n  Kyiv: [Kyiv]\n").getMessage()).contains("both the preferred spelling and a variant");
        assertThat(error("- just\n- a list\n").getMessage()).contains(":1:1: expected the configuration: a mapping");
    }

    @Test
    void aMissingRulesFolderIsNamedWithWhereItWasLookedFor() {
        ConfigException e = error("rulesDirs:\n  - no-such-folder\n");
        assertThat(e.getMessage()).contains(":2:5: rules folder 'no-such-folder' does not exist")
                .contains(dir.resolve("no-such-folder").toString());
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThat(error("rules:\n  A: off\n  A: error\n").getMessage()).contains(":3:3: 'A' is set twice");
    }

    @Test
    void brokenYamlIsReportedWhereTheParserStopped() {
        ConfigException e = error("rules:\n  A: off\n   B: [error\n");
        assertThat(e.line()).isPositive();
        assertThat(e.getMessage()).contains("not valid YAML");
    }

    @Test
    void notUtf8IsAnErrorNotACrash() throws IOException {
        Path file = Files.write(dir.resolve("mtqa.yml"), new byte[] {'l', 'a', 'n', 'g', ':', ' ', (byte) 0xFF, '\n'});
        assertThatThrownBy(() -> ConfigReader.read(file)).isInstanceOf(ConfigException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void foundInTheWorkingFolderOrItsParents() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("a/b/c"));
        assertThat(ConfigReader.find(nested).filter(p -> p.startsWith(dir))).isEmpty();
        Path top = Files.writeString(dir.resolve("a/mtqa.yml"), "lang: en-GB\n");
        assertThat(ConfigReader.find(nested)).contains(top);
        Path nearer = Files.writeString(dir.resolve("a/b/mtqa.yml"), "lang: en-US\n");
        assertThat(ConfigReader.find(nested)).contains(nearer);
    }
}
