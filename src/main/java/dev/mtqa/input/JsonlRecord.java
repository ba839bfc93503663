package dev.mtqa.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One line of a JSONL file, parsed: its id, its text and where the text's JSON string sits in the
 * line, so a fix can replace exactly that string and leave every other byte of the line alone.
 * A line that is not a JSON object with a string in the text field loads as skipped, with its line
 * number and the reason.
 */
public final class JsonlRecord implements InputItem {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final String path;
    private final int line;
    private final String raw;
    private final String id;
    private final String text;
    private final int textStart;
    private final int textEnd;
    private final Map<String, String> metadata;
    private final String problem;

    private JsonlRecord(String path, int line, String raw, String id, String text, int textStart, int textEnd,
                        Map<String, String> metadata, String problem) {
        this.path = path;
        this.line = line;
        this.raw = raw;
        this.id = id;
        this.text = text;
        this.textStart = textStart;
        this.textEnd = textEnd;
        this.metadata = metadata;
        this.problem = problem;
    }

    /** Parses line number {@code line} of {@code path}. Never throws. */
    public static JsonlRecord parse(String path, int line, String raw, JsonlFields fields) {
        // A byte-order mark begins files saved by Windows tools, and lines of files joined with cat.
        int mark = raw.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK.length() : 0;
        try (JsonParser p = JSON.createParser(raw.substring(mark))) {
            return read(p, path, line, raw, mark, fields);
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return broken(path, line, raw, "malformed JSON: " + message);
        }
    }

    /**
     * Loads line number {@code line} of {@code path} from its bytes, as {@link #parse} of the
     * {@code decoded} line would. A line of well-formed UTF-8 that begins an object is parsed as
     * it is, without decoding it into a string first; any other line (malformed bytes, a
     * byte-order mark, leading space) and any line that does not load so (a broken record) is
     * decoded and parsed by {@link #parse}, so that what loads, and every message, is the same
     * either way. Never throws.
     */
    static Loaded load(String path, int line, byte[] bytes, Supplier<String> decoded, JsonlFields fields) {
        // A second byte of 0 would make the parser read the line as UTF-16; such a line is no JSON.
        if (bytes.length > 1 && bytes[0] == '{' && bytes[1] != 0 && Utf8.wellFormed(bytes)) {
            try (JsonParser p = JSON.createParser(bytes)) {
                JsonlRecord record = read(p, path, line, null, 0, fields);
                if (record.ok()) {
                    return record.load();
                }
            } catch (IOException | RuntimeException e) {
                // Parsed again from the decoded line below, for the message parse gives.
            }
        }
        return parse(path, line, decoded.get(), fields).load();
    }

    /**
     * The record {@code p} reads; where its text sits is kept only with the {@code raw} line, of
     * which {@code p} reads all but the first {@code skipped} characters.
     */
    private static JsonlRecord read(JsonParser p, String path, int line, String raw, int skipped, JsonlFields fields)
            throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return broken(path, line, raw, "not a JSON object");
        }
        Found found = new Found(raw != null, skipped);
        if (!readObject(p, "", fields, found)) {
            return broken(path, line, raw, "malformed JSON");
        }
        if (p.nextToken() != null) {
            return broken(path, line, raw, "text after the JSON object");
        }
        if (found.text == null) {
            return broken(path, line, raw, "no string field '" + fields.text() + "'");
        }
        return new JsonlRecord(path, line, raw, found.id != null ? found.id : Integer.toString(line), found.text,
                found.textStart, found.textEnd, Map.copyOf(found.metadata), null);
    }

    /** What a record's fields hold, as {@link #readObject} finds them. */
    private static final class Found {
        final boolean located;
        /** Where in the raw line the parser began. */
        final int shift;
        final Map<String, String> metadata = new LinkedHashMap<>();
        String id;
        String text;
        int textStart = -1;
        int textEnd = -1;

        Found(boolean located, int shift) {
            this.located = located;
            this.shift = shift;
        }
    }

    /**
     * Reads the object whose start {@code p} has just passed, at {@code prefix} (its keys and a
     * dot, empty at the top): a field named by the whole dotted name ({@code body.text}) is taken,
     * a literal key with a dot in it as well as a path through nested objects; an object on the
     * way to one of the names is read into, any other value skipped unread. Metadata is taken
     * from the top level only. False when the object is not well formed.
     */
    private static boolean readObject(JsonParser p, String prefix, JsonlFields fields, Found found) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                return false;
            }
            String name = prefix.isEmpty() ? p.currentName() : prefix + p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals(fields.text()) && value == JsonToken.VALUE_STRING) {
                if (found.located) {
                    found.textStart = found.shift + (int) p.currentTokenLocation().getCharOffset();
                }
                found.text = p.getText();
                if (found.located) {
                    found.textEnd = found.shift + (int) p.currentLocation().getCharOffset();
                }
            } else if (name.equals(fields.id()) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                found.id = p.getText();
            } else if (prefix.isEmpty() && value == JsonToken.VALUE_STRING && isMetadata(name)) {
                found.metadata.put(name, p.getText());
            } else if (value == JsonToken.START_OBJECT && (leadsTo(name, fields.text()) || leadsTo(name, fields.id()))) {
                if (!readObject(p, name + '.', fields, found)) {
                    return false;
                }
            } else {
                p.skipChildren();
            }
        }
        return true;
    }

    /** True when {@code field} names something inside the object at {@code name}. */
    private static boolean leadsTo(String name, String field) {
        return field.length() > name.length() && field.charAt(name.length()) == '.' && field.startsWith(name);
    }

    private static boolean isMetadata(String name) {
        for (String m : JsonlFields.METADATA) {
            if (m.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static JsonlRecord broken(String path, int line, String raw, String problem) {
        return new JsonlRecord(path, line, raw, Integer.toString(line), null, -1, -1, Map.of(), problem);
    }

    @Override
    public String path() {
        return path;
    }

    /** The record's id: its id field, else its 1-based line number. */
    public String id() {
        return id;
    }

    public int line() {
        return line;
    }

    /** True when the line held a record with text. */
    public boolean ok() {
        return problem == null;
    }

    @Override
    public Loaded load() {
        if (problem != null) {
            return new Loaded.Skipped(path + ":" + line, problem);
        }
        return new Loaded.Ok(new Document(path, id, DecodedText.ofString(text), metadata));
    }

    /** The line with its text replaced by {@code newText}, every other byte as it was. */
    public String withText(String newText) {
        if (problem != null) {
            throw new IllegalStateException("line " + line + " has no text to replace: " + problem);
        }
        return raw.substring(0, textStart) + '"' + new String(JsonStringEncoder.getInstance().quoteAsString(newText))
                + '"' + raw.substring(textEnd);
    }
}
