package dev.mtqa.input;

/**
 * Which fields of a JSONL record hold what: the text to check, the record's id (else its line
 * number is used), and, when present, the page's URL and source site, which are carried into
 * the document's metadata so reports can group by site.
 */
public record JsonlFields(String text, String id) {
    public static final JsonlFields DEFAULT = new JsonlFields("text", "id");
    static final String[] METADATA = {"url", "source", "site", "domain"};
}
