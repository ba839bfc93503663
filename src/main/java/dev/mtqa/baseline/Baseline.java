package dev.mtqa.baseline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mtqa.finding.FileResult;
import dev.mtqa.finding.Finding;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Accepted findings, so that a CI run fails only on new ones. Findings are keyed by their input's
 * path, JSONL record and fingerprint; the fingerprint hashes the rule, the flagged text and a
 * little context in its line (never positions), so entries survive lines added above and edits to
 * other paragraphs. Paths are stored relative to the baseline file's folder, so the same baseline
 * works whichever folder mtqa runs from.
 *
 * <p>The file is JSON, sorted, with the rule, line and text of each entry for people reviewing a
 * change to it: <pre>{@code
 * {"version": 1, "findings": [
 *   {"path": "articles/a.txt", "record": null, "rule": "TERMINOLOGY_HOUSE_STYLE",
 *    "fingerprint": "3f1c…", "line": 16, "text": "Kiev"}]}
 * }</pre>
 */
public final class Baseline {
    public static final int FORMAT_VERSION = 1;
    private static final int MAX_TEXT = 80;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One accepted finding. */
    public record Entry(String path, String record, String rule, String fingerprint, int line, String text) {
        Key key() {
            return new Key(path, record, fingerprint);
        }
    }

    private record Key(String path, String record, String fingerprint) {
    }

    private final Path folder;
    private final Path workingFolder;
    private final Set<Key> keys = new HashSet<>();
    private final List<Entry> entries;
    /** Entries seen in this run. */
    private final Set<Key> matched = new HashSet<>();
    /** Inputs checked in this run, by baseline path and record. */
    private final Set<String> checked = new HashSet<>();
    private int accepted;

    private Baseline(Path file, Path workingFolder, List<Entry> entries) {
        this.folder = file.toAbsolutePath().normalize().getParent();
        this.workingFolder = workingFolder.toAbsolutePath().normalize();
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            keys.add(e.key());
        }
    }

    /** An empty baseline that will be written to {@code file}. */
    public static Baseline empty(Path file, Path workingFolder) {
        return new Baseline(file, workingFolder, List.of());
    }

    /**
     * Reads a baseline.
     *
     * @throws IllegalArgumentException when the file is missing, not a baseline, or of a newer version
     */
    public static Baseline read(Path file, Path workingFolder) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the baseline " + file + ": " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject() || !root.path("findings").isArray()) {
            throw new IllegalArgumentException("not an mtqa baseline: " + file + " (expected {\"version\": 1, \"findings\": [...]})");
        }
        int version = root.path("version").asInt(0);
        if (version != FORMAT_VERSION) {
            throw new IllegalArgumentException("baseline " + file + " has version " + version + "; this mtqa reads version "
                    + FORMAT_VERSION);
        }
        List<Entry> entries = new ArrayList<>();
        int n = 0;
        for (JsonNode e : root.get("findings")) {
            n++;
            if (!e.path("path").isTextual() || !e.path("fingerprint").isTextual()) {
                throw new IllegalArgumentException("baseline " + file + ": entry " + n + " needs a path and a fingerprint");
            }
            entries.add(new Entry(e.get("path").asText(), e.path("record").isNull() || e.path("record").isMissingNode()
                    ? null : e.path("record").asText(),
                    e.path("rule").asText(""), e.get("fingerprint").asText(), e.path("line").asInt(0),
                    e.path("text").asText("")));
        }
        return new Baseline(file, workingFolder, entries);
    }

    /** The result with the findings this baseline accepts taken out. */
    public FileResult newFindings(FileResult result) {
        String path = pathOf(result.path());
        checked.add(inputKey(path, result.record()));
        if (result.findings().isEmpty() || keys.isEmpty()) {
            return result;
        }
        List<Finding> fresh = new ArrayList<>();
        for (Finding f : result.findings()) {
            Key key = new Key(path, result.record(), f.fingerprint());
            if (keys.contains(key)) {
                matched.add(key);
                accepted++;
            } else {
                fresh.add(f);
            }
        }
        if (fresh.size() == result.findings().size()) {
            return result;
        }
        return result.withFindings(fresh);
    }

    /** Findings that were in the baseline and were not reported again. */
    public int accepted() {
        return accepted;
    }

    /**
     * Baseline entries of the inputs checked in this run that no longer occur (fixed, or changed so
     * much that their fingerprint changed). Entries of inputs not checked this time are not counted.
     */
    public int gone() {
        int gone = 0;
        for (Entry e : entries) {
            if (checked.contains(inputKey(e.path(), e.record())) && !matched.contains(e.key())) {
                gone++;
            }
        }
        return gone;
    }

    public int size() {
        return entries.size();
    }

    /** Entries for every finding of {@code result}, paths relative to the baseline's folder. */
    public List<Entry> entriesOf(FileResult result) {
        String path = pathOf(result.path());
        List<Entry> made = new ArrayList<>(result.findings().size());
        for (Finding f : result.findings()) {
            String text = f.text().length() > MAX_TEXT ? f.text().substring(0, MAX_TEXT) + "\u2026" : f.text();
            made.add(new Entry(path, result.record(), f.rule(), f.fingerprint(), f.line(), text));
        }
        return made;
    }

    /**
     * Writes {@code entries} as a baseline file, sorted so that re-recording an unchanged corpus
     * changes nothing. Written to a temporary file first and moved into place.
     */
    public static void write(Path file, List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(new LinkedHashSet<>(entries));
        sorted.sort(Comparator.comparing(Entry::path)
                .thenComparing(Entry::record, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Entry::line)
                .thenComparing(Entry::rule)
                .thenComparing(Entry::fingerprint));
        Path target = file.toAbsolutePath().normalize();
        try {
            Path dir = Objects.requireNonNull(target.getParent());
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".mtqa-baseline", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp);
                     JsonGenerator json = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                    json.useDefaultPrettyPrinter();
                    json.writeStartObject();
                    json.writeNumberField("version", FORMAT_VERSION);
                    json.writeArrayFieldStart("findings");
                    for (Entry e : sorted) {
                        json.writeStartObject();
                        json.writeStringField("path", e.path());
                        json.writeStringField("record", e.record());
                        json.writeStringField("rule", e.rule());
                        json.writeStringField("fingerprint", e.fingerprint());
                        json.writeNumberField("line", e.line());
                        json.writeStringField("text", e.text());
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                    json.writeRaw('\n');
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /** The input's path relative to the baseline's folder, with {@code /}; standard input as shown. */
    private String pathOf(String shown) {
        if (shown.startsWith("<")) {
            return shown;
        }
        try {
            Path absolute = workingFolder.resolve(shown).normalize();
            return folder.relativize(absolute).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return shown;
        }
    }

    private static String inputKey(String path, String record) {
        return record == null ? path : path + "\u0000" + record;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
