package dev.mtqa.finding;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome for one input: the findings in a checked document, or why it was skipped or could
 * not be read.
 *
 * @param path     the input's path as shown to the user
 * @param record   the JSONL record id, or null for a plain file
 * @param status   whether it was checked
 * @param reason   why it was skipped or failed; null when checked
 * @param text     the decoded text that offsets point into; null unless checked
 * @param charset  the charset the text was decoded from; null unless checked
 * @param findings sorted by position, then rule id
 * @param problems internal errors (a rule that crashed on this input); the other rules still ran
 * @param metadata facts about the source that reports group by, such as a JSONL record's {@code url}
 *                 and {@code source}; sorted by name, empty when there are none
 */
public record FileResult(String path, String record, Status status, String reason, String text, String charset,
                         List<Finding> findings, List<String> problems, Map<String, String> metadata) {

    public enum Status { CHECKED, SKIPPED, FAILED }

    public FileResult {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        metadata = metadata == null || metadata.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(metadata));
    }

    /** A result without source metadata (a plain file, or an input that was not checked). */
    public FileResult(String path, String record, Status status, String reason, String text, String charset,
                      List<Finding> findings, List<String> problems) {
        this(path, record, status, reason, text, charset, findings, problems, Map.of());
    }

    /** The same result with other findings (a baseline filters them). */
    public FileResult withFindings(List<Finding> other) {
        return new FileResult(path, record, status, reason, text, charset, other, problems, metadata);
    }

    public static FileResult skipped(String path, String reason) {
        return new FileResult(path, null, Status.SKIPPED, reason, null, null, List.of(), List.of());
    }

    public static FileResult failed(String path, String reason) {
        return new FileResult(path, null, Status.FAILED, reason, null, null, List.of(), List.of());
    }

    /** "path" for a file, "path#record" for a JSONL record. */
    public String displayName() {
        return record == null ? path : path + "#" + record;
    }
}
