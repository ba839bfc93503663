package dev.mtqa.input;

import dev.mtqa.text.Paragraphs;
import dev.mtqa.text.RareCharacters;
import dev.mtqa.text.Sentences;
import dev.mtqa.text.Span;
import dev.mtqa.text.TextIndex;
import dev.mtqa.text.Words;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One text to check: a file, or one record of a JSONL file. Immutable; paragraphs, sentences,
 * words and analyses that several rules share are computed on first use (a document is checked
 * by one worker thread at a time).
 */
public final class Document {
    private final String path;
    private final String record;
    private final DecodedText decoded;
    private final Map<String, String> metadata;
    private TextIndex index;
    private List<Span> paragraphs;
    private List<Span> sentences;
    private Words words;
    private char[] chars;
    private RareCharacters rareCharacters;
    private final Map<Class<?>, Object> analyses = new java.util.HashMap<>(4);

    /**
     * @param path     the path as the user should see it, with {@code /} separators
     * @param record   for a JSONL record, its id (its id field, else its 1-based line number); else null
     * @param decoded  the text and how it was decoded
     * @param metadata extra facts about the source, such as {@code url}; may be empty
     */
    public Document(String path, String record, DecodedText decoded, Map<String, String> metadata) {
        this.path = Objects.requireNonNull(path);
        this.record = record;
        this.decoded = Objects.requireNonNull(decoded);
        this.metadata = Map.copyOf(metadata);
    }

    /** A document made from a string, as a library user or a test would. */
    public static Document of(String path, String text) {
        return new Document(path, null, DecodedText.ofString(text), Map.of());
    }

    /** The same document with other text, as a fix produces it: same path, record and metadata, UTF-8. */
    public Document withText(String newText) {
        return new Document(path, record, DecodedText.ofString(newText), metadata);
    }

    public String path() {
        return path;
    }

    public String record() {
        return record;
    }

    public String text() {
        return decoded.text();
    }

    public DecodedText decoded() {
        return decoded;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    public TextIndex index() {
        // Built when first asked, like the other analyses: the corpus profile's pass reads the
        // lines without it.
        if (index == null) {
            index = new TextIndex(text(), chars());
        }
        return index;
    }

    /**
     * The text's characters, copied out once for the scans that read all of them (lines, sentences,
     * words, rare characters): an array is read faster than {@link String#charAt}, which checks the
     * string's encoding and bounds at every character. Shared, so never to be written to.
     */
    public char[] chars() {
        if (chars == null) {
            chars = text().toCharArray();
        }
        return chars;
    }

    /** Paragraphs separated by blank lines, as UTF-16 spans. */
    public List<Span> paragraphs() {
        if (paragraphs == null) {
            paragraphs = List.copyOf(Paragraphs.of(index()));
        }
        return paragraphs;
    }

    /** Sentences; a line break always ends one. UTF-16 spans. */
    public List<Span> sentences() {
        if (sentences == null) {
            sentences = List.copyOf(Sentences.of(text(), chars()));
        }
        return sentences;
    }

    /** The words of the text (letter runs), scanned once and shared by the rules. */
    public Words words() {
        if (words == null) {
            words = Words.of(text(), chars());
        }
        return words;
    }

    /** Where the text has characters other than printable ASCII and line feeds, found on first use. */
    public RareCharacters rareCharacters() {
        if (rareCharacters == null) {
            rareCharacters = RareCharacters.of(chars());
        }
        return rareCharacters;
    }

    /**
     * An analysis of this document that several rules share (the pairing of its quotes, say),
     * computed by the first rule that asks for it. Keyed by the analysis' class.
     */
    public <T> T analysis(Class<T> type, Function<Document, T> compute) {
        Object known = analyses.get(type);
        if (known == null) {
            known = compute.apply(this);
            analyses.put(type, known);
        }
        return type.cast(known);
    }

    /** "path" for a file, "path#record" for a record of a JSONL file. */
    public String displayName() {
        return record == null ? path : path + "#" + record;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
