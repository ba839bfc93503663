package dev.mtqa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mtqa.EnglishVariant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** mtqa.yml from the command line: what each key does, flags overriding it, and errors with places. */
class ConfigCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path config(String yaml) throws IOException {
        return Files.writeString(dir.resolve("mtqa.yml"), yaml, StandardCharsets.UTF_8);
    }

    private Path article(String name, String text) throws IOException {
        Path file = dir.resolve("articles").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static CommandRun check(Path config, String... more) {
        List<String> args = new ArrayList<>(List.of("check", "--no-grammar", "--no-report", "--format", "json",
                "--config", config.toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static List<JsonNode> findings(CommandRun run) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        MAPPER.readTree(run.out()).get("files").forEach(f -> f.get("findings").forEach(all::add));
        return all;
    }

    @Test
    void grammarFromTheFileAndTheFlagsOverridingIt() throws IOException {
        Path file = article("a.txt", "This is a tset of the system.\n");
        Path off = config("grammar: off\n");
        CommandRun fromFile = CommandRun.of("check", "--no-report", "--format", "json", "--config", off.toString(),
                file.toString());
        assertThat(findings(fromFile)).noneMatch(f -> f.get("rule").asText().equals("MORFOLOGIK_RULE_EN_US"));

        CommandRun fast = CommandRun.of("check", "--no-report", "--format", "json", "--config", off.toString(),
                "--grammar", "fast", file.toString());
        assertThat(findings(fast)).anyMatch(f -> f.get("rule").asText().equals("MORFOLOGIK_RULE_EN_US"));
    }

    @Test
    void grammarFlagsThatContradictOrAreUnknownAreUsageErrors() throws IOException {
        Path file = article("a.txt", "Fine.\n");
        CommandRun both = CommandRun.of("check", "--no-report", "--no-config", "--no-grammar", "--grammar", "full",
                file.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--no-grammar and --grammar full contradict each other");

        CommandRun unknown = CommandRun.of("check", "--no-report", "--no-config", "--grammar", "quick", file.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("expected full, fast or off");
        assertThat(CommandRun.of("check", "--no-report", "--no-config", "--no-grammar", "--grammar", "off",
                file.toString()).exitCode()).isZero();
    }

    @Test
    void failOnFromTheFileAndTheFlagOverridingIt() throws IOException {
        Path cfg = config("failOn: warning\n");
        Path file = article("a.txt", "Officials in Kiev said so.\n");
        assertThat(check(cfg, file.toString()).exitCode()).isEqualTo(1);
        assertThat(check(cfg, "--fail-on", "none", file.toString()).exitCode()).isZero();
        assertThat(check(config("failOn: error\n"), file.toString()).exitCode()).isZero();
    }

    @Test
    void categoriesAndRulesChangeSeverityOrSwitchOff() throws IOException {
        Path file = article("a.txt", "Posted at 10:33 a.m.\n\nOfficials in Kiev said  so.\n");
        CommandRun defaults = check(config(""), file.toString());
        assertThat(findings(defaults)).extracting(f -> f.get("rule").asText())
                .contains("BOILERPLATE_TIMESTAMP", "TERMINOLOGY_HOUSE_STYLE", "TYPOGRAPHY_DOUBLE_SPACE");
        CommandRun tuned = check(config("""
                categories:
                  BOILERPLATE: off
                  TYPOGRAPHY: error
                rules:
                  TERMINOLOGY_HOUSE_STYLE: info
                """), file.toString());
        List<JsonNode> found = findings(tuned);
        assertThat(found).noneMatch(f -> f.get("category").asText().equals("BOILERPLATE"));
        assertThat(found).filteredOn(f -> f.get("rule").asText().equals("TERMINOLOGY_HOUSE_STYLE"))
                .singleElement().satisfies(f -> assertThat(f.get("severity").asText()).isEqualTo("info"));
        assertThat(found).filteredOn(f -> f.get("rule").asText().equals("TYPOGRAPHY_DOUBLE_SPACE"))
                .singleElement().satisfies(f -> assertThat(f.get("severity").asText()).isEqualTo("error"));
        assertThat(tuned.exitCode()).as("the error from TYPOGRAPHY: error fails the run").isEqualTo(1);
    }

    @Test
    void houseStyleEntriesAddToTheBuiltInOnesAndKeepTheirExceptions() throws IOException {
        Path file = article("a.txt", "Mykhailo Podoliak spoke in Kiev over Chicken Kiev.\n");
        CommandRun run = check(config("""
                houseStyle:
                  Podolyak: [Podoliak]
                  Kyiv: [Kiev]
                """), file.toString());
        List<String> texts = findings(run).stream().filter(f -> f.get("rule").asText().equals("TERMINOLOGY_HOUSE_STYLE"))
                .map(f -> f.get("text").asText()).toList();
        assertThat(texts).containsExactly("Podoliak", "Kiev");
    }

    @Test
    void rulesFoldersAreRelativeToTheConfigurationFile() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("conf/house-rules"));
        Files.writeString(rules.resolve("house-style.csv"), "preferred,variants,exceptions,source\nGrauniad,Guardian,,test\n");
        Path cfg = Files.writeString(dir.resolve("conf/mtqa.yml"), "rulesDirs: [house-rules]\n");
        Path file = article("a.txt", "The Guardian reported it.\n");
        CommandRun run = check(cfg, file.toString());
        assertThat(findings(run)).anySatisfy(f -> assertThat(f.get("text").asText()).isEqualTo("Guardian"));
    }

    @Test
    void excludeFromTheFileAndTheCommandLineAddUp() throws IOException {
        article("a.txt", "Fine text.\n");
        article("archive/old.txt", "Fine text.\n");
        article("drafts/d.txt", "Fine text.\n");
        Path cfg = config("exclude: [\"archive/**\"]\n");
        CommandRun run = check(cfg, "--exclude", "drafts/**", dir.resolve("articles").toString());
        JsonNode report = MAPPER.readTree(run.out());
        assertThat(report.at("/summary/files").asInt()).isEqualTo(1);
    }

    @Test
    void langFromTheFileAndTheFlagOverridingIt() throws IOException {
        CorpusOptions options = new CorpusOptions();
        options.configFile = config("lang: en-GB\n");
        assertThat(options.variant()).isEqualTo(EnglishVariant.GB);
        options.lang = new CorpusOptions.LangConverter().convert("en-US");
        assertThat(options.variant()).isEqualTo(EnglishVariant.US);
        options.lang = new CorpusOptions.LangConverter().convert("auto");
        assertThat(options.variant()).as("--lang auto beats the file's en-GB").isNull();
    }

    @Test
    void theNearestFileIsFoundFromTheWorkingFolderAndNoConfigIgnoresIt() throws IOException {
        config("lang: en-GB\n");
        CorpusOptions options = new CorpusOptions();
        options.workingFolder = Files.createDirectories(dir.resolve("a/b"));
        assertThat(options.variant()).isEqualTo(EnglishVariant.GB);
        CorpusOptions none = new CorpusOptions();
        none.workingFolder = options.workingFolder;
        none.noConfig = true;
        assertThat(none.variant()).isNull();
    }

    @Test
    void errorsNameTheFileAndLineAndExitWithTwo() throws IOException {
        Path file = article("a.txt", "Fine.\n");
        CommandRun unknownRule = check(config("lang: en-US\nrules:\n  TYPOGRAPHY_DUBLE_SPACE: off\n"), file.toString());
        assertThat(unknownRule.exitCode()).isEqualTo(2);
        assertThat(unknownRule.err()).contains("mtqa.yml:3:3: unknown rule id 'TYPOGRAPHY_DUBLE_SPACE'")
                .contains("did you mean 'TYPOGRAPHY_DOUBLE_SPACE'");
        CommandRun unknownKey = check(config("lang: en-US\nfail-on: error\n"), file.toString());
        assertThat(unknownKey.exitCode()).isEqualTo(2);
        assertThat(unknownKey.err()).contains("mtqa.yml:2:1: unknown key 'fail-on'");
        CommandRun badValue = check(config("failOn: never\n"), file.toString());
        assertThat(badValue.exitCode()).isEqualTo(2);
        assertThat(badValue.err()).contains("mtqa.yml:1:9").contains("expected error, warning, info, none");
        CommandRun missing = check(dir.resolve("nope.yml"), file.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yml").contains("cannot read");
    }

    @Test
    void languageToolRuleIdsAreAccepted() throws IOException {
        Path file = article("a.txt", "Fine.\n");
        CommandRun run = check(config("rules:\n  MORFOLOGIK_RULE_EN_US: off\n  MTQA_LIVE_LEAVE: error\n"), file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }
}
