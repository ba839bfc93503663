package dev.mtqa.report;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Replacement;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;
import dev.mtqa.finding.Fix;
import dev.mtqa.rule.RuleMetadata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * SARIF 2.1.0, as GitHub code scanning and IDE viewers read it, built from the typed SARIF object
 * model and streamed: each result is written as its input finishes, so memory does not grow with
 * the corpus. The run's {@code tool} (with a descriptor for every mtqa rule and for each
 * LanguageTool rule that reported something) is therefore written after its {@code results};
 * JSON objects are unordered, and SARIF consumers read the whole log.
 *
 * <p>Columns and character offsets count Unicode code points ({@code columnKind}
 * {@code unicodeCodePoints}), as in mtqa's JSON. Paths are URIs relative to the working folder
 * ({@code uriBaseId} {@code %SRCROOT%}), or {@code file:} URIs for inputs outside it. A finding in
 * a JSONL record has no line in the file: its location names the file and, as a logical location,
 * the record. Inputs that were skipped or could not be read are tool notifications.
 */
public final class SarifReporter implements Reporter {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SRCROOT = "%SRCROOT%";
    /** The key of mtqa's fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "mtqaFingerprint/v1";

    private final JsonGenerator json;
    private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addMixIn(Result.class, ResultInclusion.class)
            .addMixIn(ReportingConfiguration.class, ResultInclusion.class);

    /**
     * The generated {@link Result} leaves out values equal to the schema's defaults, but a result
     * without {@code level} takes its rule's default level, not the schema's "warning": a finding
     * the configuration lowered to warning would read as an error. So results (and rules' default
     * configurations, whose level GitHub shows) keep every value that is set.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private abstract static class ResultInclusion {
    }
    private final String toolVersion;
    private final ArtifactPaths paths;
    private final List<RuleMetadata> ownRules;
    private final Function<String, Optional<RuleMetadata>> describe;
    private final Set<String> reportedRules = new TreeSet<>();
    private final List<Notification> notifications = new ArrayList<>();

    /**
     * @param ownRules the rules to list whether or not they found anything (mtqa's)
     * @param describe the metadata of any rule id a finding may carry (for LanguageTool's)
     */
    public SarifReporter(OutputStream out, String toolVersion, ArtifactPaths paths, List<RuleMetadata> ownRules,
                         Function<String, Optional<RuleMetadata>> describe) {
        this.toolVersion = toolVersion;
        this.paths = paths;
        this.ownRules = List.copyOf(ownRules);
        this.describe = describe;
        try {
            this.json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void begin() {
        write(() -> {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeStringField("columnKind", Run.ColumnKind.UNICODE_CODE_POINTS.value());
            OriginalUriBaseIds bases = new OriginalUriBaseIds();
            bases.setAdditionalProperty(SRCROOT, new ArtifactLocation().withUri(paths.baseUri()));
            json.writeFieldName("originalUriBaseIds");
            mapper.writeValue(json, bases);
            json.writeArrayFieldStart("results");
        });
    }

    @Override
    public void file(FileResult result) {
        if (result.status() != FileResult.Status.CHECKED) {
            String verb = result.status() == FileResult.Status.SKIPPED ? "skipped" : "could not read";
            notifications.add(new Notification()
                    .withLevel(result.status() == FileResult.Status.SKIPPED ? Notification.Level.WARNING : Notification.Level.ERROR)
                    .withMessage(new Message().withText(verb + " " + result.displayName() + ": " + result.reason()))
                    .withLocations(new LinkedHashSet<>(List.of(new Location().withPhysicalLocation(
                            new PhysicalLocation().withArtifactLocation(artifact(result.path())))))));
        }
        write(() -> {
            for (Finding f : result.findings()) {
                reportedRules.add(f.rule());
                mapper.writeValue(json, result(result, f));
            }
            json.flush();
        });
    }

    private Result result(FileResult file, Finding f) {
        ArtifactLocation artifact = artifact(file.path());
        PhysicalLocation physical = new PhysicalLocation().withArtifactLocation(artifact);
        Location location = new Location().withPhysicalLocation(physical);
        PropertyBag properties = new PropertyBag().withTags(new LinkedHashSet<>(List.of(f.category().name())));
        properties.setAdditionalProperty("category", f.category().name());
        String message = f.message();
        if (file.record() == null) {
            physical.withRegion(new Region()
                    .withStartLine(f.line()).withStartColumn(f.column())
                    .withEndLine(f.endLine()).withEndColumn(f.endColumn())
                    .withCharOffset(f.start()).withCharLength(f.end() - f.start())
                    .withSnippet(new ArtifactContent().withText(f.text())));
        } else {
            location.withLogicalLocations(new LinkedHashSet<>(List.of(
                    new LogicalLocation().withName(file.record()).withKind("record"))));
            properties.setAdditionalProperty("record", file.record());
            properties.setAdditionalProperty("line", f.line());
            properties.setAdditionalProperty("column", f.column());
            properties.setAdditionalProperty("text", f.text());
            message = "[record " + file.record() + ", line " + f.line() + ", column " + f.column() + "] " + message;
        }
        PartialFingerprints fingerprints = new PartialFingerprints();
        fingerprints.setAdditionalProperty(FINGERPRINT_KEY, f.fingerprint());
        Result r = new Result()
                .withRuleIndex(null)
                .withRank(null)
                .withKind(null)
                .withRuleId(f.rule())
                .withLevel(Result.Level.fromValue(f.severity().sarifLevel()))
                .withMessage(new Message().withText(message))
                .withLocations(List.of(location))
                .withPartialFingerprints(fingerprints)
                .withProperties(properties);
        if (!f.fixes().isEmpty() && file.record() == null) {
            Set<com.contrastsecurity.sarif.Fix> fixes = new LinkedHashSet<>();
            for (Fix fix : f.fixes()) {
                fixes.add(new com.contrastsecurity.sarif.Fix()
                        .withDescription(new Message().withText(describe(fix)))
                        .withArtifactChanges(new LinkedHashSet<>(List.of(new ArtifactChange()
                                .withArtifactLocation(artifact(file.path()))
                                .withReplacements(List.of(new Replacement()
                                        .withDeletedRegion(new Region().withCharOffset(fix.start())
                                                .withCharLength(fix.end() - fix.start()))
                                        .withInsertedContent(new ArtifactContent().withText(fix.replacement()))))))));
            }
            r.withFixes(fixes);
        }
        return r;
    }

    private static String describe(Fix fix) {
        String what = fix.replacement().isEmpty() ? "Delete the text" : "Replace with \u201c" + fix.replacement() + "\u201d";
        return what + (fix.safe() ? " (safe to apply)" : " (review before applying)");
    }

    private ArtifactLocation artifact(String shown) {
        ArtifactLocation location = new ArtifactLocation().withUri(paths.uri(shown));
        return paths.isRelative(shown) ? location.withUriBaseId(SRCROOT) : location;
    }

    @Override
    public void end(Summary summary, long elapsedMillis) {
        write(() -> {
            json.writeEndArray();
            json.writeFieldName("tool");
            mapper.writeValue(json, new Tool().withDriver(driver()));
            json.writeFieldName("invocations");
            mapper.writeValue(json, List.of(new Invocation()
                    .withExecutionSuccessful(summary.failed() == 0)
                    .withToolExecutionNotifications(notifications)));
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        });
    }

    private ToolComponent driver() {
        Map<String, RuleMetadata> rules = new LinkedHashMap<>();
        for (RuleMetadata rule : ownRules) {
            rules.put(rule.id(), rule);
        }
        for (String id : reportedRules) {
            if (!rules.containsKey(id)) {
                rules.put(id, describe.apply(id).orElse(null));
            }
        }
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        rules.forEach((id, rule) -> descriptors.add(descriptor(id, rule)));
        return new ToolComponent()
                .withName("mtqa")
                .withFullName("mtqa " + toolVersion)
                .withVersion(toolVersion)
                .withSemanticVersion(toolVersion)
                .withRules(descriptors);
    }

    private static ReportingDescriptor descriptor(String id, RuleMetadata rule) {
        if (rule == null) {
            return new ReportingDescriptor().withId(id)
                    .withShortDescription(new MultiformatMessageString().withText(id));
        }
        String help = rule.explanation() + "\n\nCategory: " + rule.category().name() + " (MQM: "
                + rule.category().mqm() + "). Default severity: " + rule.severity().id() + ".";
        PropertyBag properties = new PropertyBag().withTags(new LinkedHashSet<>(List.of(rule.category().name())));
        properties.setAdditionalProperty("category", rule.category().name());
        return new ReportingDescriptor()
                .withId(id)
                .withName(id)
                .withShortDescription(new MultiformatMessageString().withText(rule.summary()))
                .withFullDescription(new MultiformatMessageString().withText(rule.explanation()))
                .withHelp(new MultiformatMessageString().withText(help))
                .withDefaultConfiguration(new ReportingConfiguration().withRank(null)
                        .withLevel(ReportingConfiguration.Level.fromValue(rule.severity().sarifLevel())))
                .withProperties(properties);
    }

    private interface JsonWrite {
        void run() throws IOException;
    }

    private static void write(JsonWrite action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the SARIF report", e);
        }
    }
}
