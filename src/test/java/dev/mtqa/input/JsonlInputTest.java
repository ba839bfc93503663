package dev.mtqa.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlInputTest {
    private static final String JSONL = "{\"id\":\"a\",\"text\":\"First.\",\"url\":\"https://x.test/a\"}\n"
            + "{\"text\":\"No id: line number.\"}\n"
            + "\n"
            + "{broken\n"
            + "{\"body\":\"no text field\"}\n"
            + "{\"id\":3,\"text\":\"Third \\u00e9.\"}\r\n";

    @TempDir
    Path dir;

    @Test
    void eachNonBlankLineIsARecordWithItsIdOrLineNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("drop.jsonl"), JSONL);
        List<Loaded> loaded = LoadAll.load(file);
        assertThat(loaded).hasSize(5);
        Document first = ((Loaded.Ok) loaded.get(0)).document();
        assertThat(first.record()).isEqualTo("a");
        assertThat(first.text()).isEqualTo("First.");
        assertThat(first.metadata()).containsEntry("url", "https://x.test/a");
        assertThat(((Loaded.Ok) loaded.get(1)).document().record()).isEqualTo("2");
        assertThat(loaded.get(2)).isInstanceOf(Loaded.Skipped.class);
        assertThat(loaded.get(2).path()).endsWith("drop.jsonl:4");
        assertThat(((Loaded.Skipped) loaded.get(3)).reason()).contains("no string field 'text'");
        assertThat(((Loaded.Ok) loaded.get(4)).document().text()).isEqualTo("Third \u00e9.");
    }

    @Test
    void gzippedJsonlIsStreamedTheSame() throws IOException {
        Path file = dir.resolve("drop.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(JSONL.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(LoadAll.load(file)).hasSize(5).first().isInstanceOf(Loaded.Ok.class);
    }

    @Test
    void aLineLongerThanAFileMayBeIsSkippedWithoutBeingHeldAndTheNextIsRead() throws IOException {
        // 65 MB on one line (a JSON dump, say): gzipped it is small on disk, but held it would be
        // 65 MB of bytes and more as a string.
        Path file = dir.resolve("dump.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"id\":\"all\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 65; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"id\":\"b\",\"text\":\"Next.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<Loaded> loaded = LoadAll.load(file);
        assertThat(loaded).hasSize(2);
        assertThat(loaded.get(0)).isInstanceOf(Loaded.Skipped.class);
        assertThat(loaded.get(0).path()).endsWith("dump.jsonl.gz:1");
        assertThat(((Loaded.Skipped) loaded.get(0)).reason())
                .isEqualTo("a record of 66 MB, more than the 64 MB a document may have");
        assertThat(((Loaded.Ok) loaded.get(1)).document().text()).isEqualTo("Next.");
    }

    @Test
    void eachFileIsClosedOnceReadSoThousandsOfShardsNeedNoMoreHandlesThanOne() throws IOException {
        // A folder of 1,300 shards had kept every one open, and a process allowed 1,024 file handles
        // (a common default) reported most of them unreadable. Counted where Linux shows them.
        Path shards = Files.createDirectory(dir.resolve("shards"));
        for (int i = 0; i < 300; i++) {
            Files.writeString(shards.resolve("part-" + i + ".jsonl"), JSONL);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(shards.resolve("part-" + i + ".jsonl.gz")))) {
                out.write(JSONL.getBytes(StandardCharsets.UTF_8));
            }
        }
        long before = LoadAll.openFiles();
        assertThat(LoadAll.load(shards)).hasSize(600 * 5);
        assertThat(LoadAll.openFiles()).isLessThan(before + 10);
    }


    @Test
    void aGzippedTextFileIsOneDocument() throws IOException {
        Path file = dir.resolve("article.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("Talks resumed.\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(LoadAll.load(file)).singleElement().satisfies(l ->
                assertThat(((Loaded.Ok) l).document().text()).isEqualTo("Talks resumed.\n"));
    }

    @Test
    void aDottedFieldNameReadsAFieldInsideAnObject() {
        JsonlFields fields = new JsonlFields("article.body", "meta.id");
        String raw = "{\"url\":\"https://x.test/a\",\"meta\":{\"id\":7,\"lang\":\"en\"},"
                + "\"article\":{\"title\":\"T\",\"tags\":{\"body\":\"not this\"},\"body\":\"Kiev \\u0026 Kyiv.\"}}";
        JsonlRecord record = JsonlRecord.parse("f.jsonl", 3, raw, fields);
        Document document = ((Loaded.Ok) record.load()).document();
        assertThat(document.text()).isEqualTo("Kiev & Kyiv.");
        assertThat(document.record()).isEqualTo("7");
        assertThat(document.metadata()).containsEntry("url", "https://x.test/a");
        // A fix replaces the nested string and leaves every other byte alone.
        assertThat(record.withText("Kyiv.")).isEqualTo(raw.replace("\"Kiev \\u0026 Kyiv.\"", "\"Kyiv.\""));
        // Read from the bytes, it loads the same.
        Loaded fromBytes = JsonlRecord.load("f.jsonl", 3, raw.getBytes(StandardCharsets.UTF_8), () -> raw, fields);
        assertThat(((Loaded.Ok) fromBytes).document().text()).isEqualTo("Kiev & Kyiv.");
    }

    @Test
    void aKeyWithADotInItIsTakenAsItIsAndAMissingPathIsReported() {
        JsonlFields fields = new JsonlFields("article.body", "id");
        assertThat(((Loaded.Ok) JsonlRecord.parse("f.jsonl", 1, "{\"article.body\":\"Flat.\"}", fields).load())
                .document().text()).isEqualTo("Flat.");
        for (String raw : List.of("{\"article\":\"a string, not an object\"}", "{\"article\":{\"head\":\"x\"}}",
                "{\"article\":[{\"body\":\"in an array\"}]}", "{\"body\":\"at the top\"}",
                "{\"article\":{\"body\":{\"text\":\"one level too deep\"}}}")) {
            Loaded loaded = JsonlRecord.parse("f.jsonl", 1, raw, fields).load();
            assertThat(((Loaded.Skipped) loaded).reason()).as(raw).isEqualTo("no string field 'article.body'");
        }
        // A record cut short inside the object on the way is malformed, not missing the field.
        assertThat(((Loaded.Skipped) JsonlRecord.parse("f.jsonl", 1, "{\"article\":{\"body\":\"x\"", fields).load())
                .reason()).startsWith("malformed JSON");
    }

    @Test
    void replacingTheTextKeepsEveryOtherByteOfTheLine() {
        String raw = "{\"n\":1.50, \"text\" : \"Kiev \\u0026 more\", \"z\":[true]}";
        JsonlRecord record = JsonlRecord.parse("f.jsonl", 1, raw, JsonlFields.DEFAULT);
        assertThat(record.withText("Kyiv & \"more\"")).isEqualTo("{\"n\":1.50, \"text\" : \"Kyiv & \\\"more\\\"\", \"z\":[true]}");
    }

    /**
     * Lines are split and parsed as bytes, and decoded only when that cannot be trusted to give the
     * same: so every line must load exactly as decoding the whole file (malformed bytes as U+FFFD),
     * splitting it into lines and parsing each line's string does, on records with raw and escaped
     * non-ASCII text and with bad bytes, truncations, NUL bytes, byte-order marks and stray CRs.
     */
    @Test
    void bytesLoadAsTheDecodedLinesParsedOneByOneDo() throws IOException {
        String[] pieces = {"a", " ", "Kyiv", "\u00e9", "\u2019", "\\u2019", "\\n", "\\\"", "\uD83D\uDE00", "\u0416"};
        byte[][] damage = {{(byte) 0xff}, {(byte) 0xe2, (byte) 0x80}, {(byte) 0xc0, (byte) 0xaf},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {0}, {'\r'}, {(byte) 0xf0, (byte) 0x90, (byte) 0x80}, {'"'}};
        java.util.Random random = new java.util.Random(17);
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        for (int n = 0; n < 3_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String record = random.nextInt(10) == 0 ? "{\"id\":" + n + "}"
                    : "{\"id\":" + n + ",\"text\":\"" + text + "\",\"url\":\"https://x.test/" + n + "\"}";
            byte[] line = record.getBytes(StandardCharsets.UTF_8);
            switch (random.nextInt(8)) {
                case 0 -> {
                    int at = random.nextInt(line.length + 1);
                    byte[] bad = damage[random.nextInt(damage.length)];
                    java.io.ByteArrayOutputStream damaged = new java.io.ByteArrayOutputStream();
                    damaged.write(line, 0, at);
                    damaged.write(bad);
                    damaged.write(line, at, line.length - at);
                    line = damaged.toByteArray();
                }
                case 1 -> line = java.util.Arrays.copyOf(line, random.nextInt(line.length + 1));
                case 2 -> {
                    byte[] start = random.nextBoolean() ? new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf} : new byte[] {' '};
                    byte[] prefixed = java.util.Arrays.copyOf(start, start.length + line.length);
                    System.arraycopy(line, 0, prefixed, start.length, line.length);
                    line = prefixed;
                }
                default -> { }
            }
            file.write(line);
            file.write((random.nextInt(4) == 0 ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path path = Files.write(dir.resolve("mixed.jsonl"), file.toByteArray());
        List<String> actual = new ArrayList<>();
        LoadAll.load(path).forEach(l -> actual.add(describe(l)));
        assertThat(actual).isEqualTo(loadedFromDecodedLines(file.toByteArray(), path.toString()));
        assertThat(actual).anyMatch(d -> d.startsWith("ok|") && d.contains("\ufffd"))
                .anyMatch(d -> d.startsWith("skipped|"));
    }

    /** How JSONL files were read before lines were read as bytes: the reference. */
    private static List<String> loadedFromDecodedLines(byte[] file, String path) {
        String text = Utf8.decode(file);
        List<String> loaded = new ArrayList<>();
        int number = 0;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String content = text.substring(start, end);
            start = end < text.length() && text.startsWith("\r\n", end) ? end + 2 : end + 1;
            number++;
            if (!content.isBlank()) {
                loaded.add(describe(JsonlRecord.parse(path, number, content, JsonlFields.DEFAULT).load()));
            }
        }
        return loaded;
    }

    private static String describe(Loaded loaded) {
        if (loaded instanceof Loaded.Ok ok) {
            Document d = ok.document();
            return "ok|" + d.path() + "|" + d.record() + "|" + d.text() + "|" + d.metadata();
        }
        return (loaded instanceof Loaded.Skipped ? "skipped|" : "failed|") + loaded.path() + "|"
                + (loaded instanceof Loaded.Skipped skipped ? skipped.reason() : ((Loaded.Failed) loaded).reason());
    }
}
