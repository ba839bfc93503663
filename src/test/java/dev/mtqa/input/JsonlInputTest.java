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

    private List<Loaded> load(Path file) {
        List<Loaded> loaded = new ArrayList<>();
        new Inputs(PathFilter.defaults()).list(List.of(file.toString())).forEach(i -> loaded.add(i.load()));
        return loaded;
    }

    @Test
    void eachNonBlankLineIsARecordWithItsIdOrLineNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("drop.jsonl"), JSONL);
        List<Loaded> loaded = load(file);
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
        assertThat(load(file)).hasSize(5).first().isInstanceOf(Loaded.Ok.class);
    }

    @Test
    void aGzippedTextFileIsOneDocument() throws IOException {
        Path file = dir.resolve("article.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("Talks resumed.\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(load(file)).singleElement().satisfies(l ->
                assertThat(((Loaded.Ok) l).document().text()).isEqualTo("Talks resumed.\n"));
    }

    @Test
    void replacingTheTextKeepsEveryOtherByteOfTheLine() {
        String raw = "{\"n\":1.50, \"text\" : \"Kiev \\u0026 more\", \"z\":[true]}";
        JsonlRecord record = JsonlRecord.parse("f.jsonl", 1, raw, JsonlFields.DEFAULT);
        assertThat(record.withText("Kyiv & \"more\"")).isEqualTo("{\"n\":1.50, \"text\" : \"Kyiv & \\\"more\\\"\", \"z\":[true]}");
    }
}
