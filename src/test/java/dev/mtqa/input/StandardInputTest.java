package dev.mtqa.input;

import io.airlift.compress.zstd.ZstdOutputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Standard input: text or JSONL, plain or compressed, read once however often a run asks. */
class StandardInputTest {
    private static final String JSONL = "{\"id\":\"a\",\"text\":\"First.\",\"url\":\"https://x.test/a\"}\n"
            + "\n"
            + "{broken\n"
            + "{\"text\":\"Third \\u00e9.\"}";
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }

    private static byte[] zstd(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new ZstdOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }

    private static Source source(byte[] stdin, StandardInput.Format format) {
        return new StandardInput(new ByteArrayInputStream(stdin), format, FileInput.DEFAULT_MAX_BYTES,
                JsonlFields.DEFAULT).source();
    }

    private static List<Loaded> load(Source source) {
        List<Loaded> loaded = new ArrayList<>();
        source.items().forEachRemaining(item -> loaded.add(item.load()));
        return loaded;
    }

    /** What a check reports of each item: its path, record and text, or why it was passed over. */
    private static List<String> described(List<Loaded> loaded) {
        return loaded.stream().map(l -> l instanceof Loaded.Ok ok
                ? ok.document().path() + " " + ok.document().record() + " " + ok.document().text() + " " + ok.document().metadata()
                : l.getClass().getSimpleName() + " " + l.path()).toList();
    }

    private static long spools() throws IOException {
        try (Stream<Path> files = Files.list(TEMP)) {
            return files.filter(f -> f.getFileName().toString().startsWith("mtqa-stdin-")).count();
        }
    }

    @Test
    void jsonlOnStandardInputGivesTheRecordsTheFileWould() throws IOException {
        Path file = Files.createTempFile("standard-input-test", ".jsonl");
        try {
            Files.writeString(file, JSONL);
            List<String> expected = described(load(new JsonlFile(file, StdinInput.PATH, "stdin.jsonl", JsonlFields.DEFAULT)));
            assertThat(expected).hasSize(3);
            assertThat(expected.get(0)).startsWith("<stdin> a First.").contains("https://x.test/a");
            assertThat(expected.get(1)).startsWith("Skipped <stdin>:3");
            for (byte[] stdin : List.of(utf8(JSONL), gzip(utf8(JSONL)), zstd(utf8(JSONL)))) {
                assertThat(described(load(source(stdin, StandardInput.Format.AUTO)))).isEqualTo(expected);
                assertThat(described(load(source(stdin, StandardInput.Format.JSONL)))).isEqualTo(expected);
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aByteOrderMarkAndBlankLinesBeforeTheFirstRecordStillMakeJsonl() {
        String stdin = "\uFEFF\n  \r\n{\"text\":\"Only.\"}\n";
        assertThat(described(load(source(utf8(stdin), StandardInput.Format.AUTO))))
                .containsExactly("<stdin> 3 Only. {}");
        assertThat(described(load(source(utf8("\uFEFF{\"text\":\"Marked.\"}\n"), StandardInput.Format.AUTO))))
                .containsExactly("<stdin> 1 Marked. {}");
    }

    @Test
    void textOnStandardInputIsOneDocumentCompressedOrNot() throws IOException {
        String article = "Talks resumed in Kyiv.\n\nClick to comment\n";
        for (byte[] stdin : List.of(utf8(article), gzip(utf8(article)), zstd(utf8(article)))) {
            for (StandardInput.Format format : List.of(StandardInput.Format.AUTO, StandardInput.Format.TEXT)) {
                Source source = source(stdin, format);
                assertThat(source).isInstanceOf(StdinInput.class);
                assertThat(source.relative()).isEqualTo("stdin.txt");
                assertThat(described(load(source))).containsExactly("<stdin> null " + article + " {}");
            }
        }
    }

    @Test
    void theFormatCanBeSaidWhenTheFirstCharacterWouldMislead() {
        String braced = "{Editor's note} Talks resumed.\n";
        assertThat(described(load(source(utf8(braced), StandardInput.Format.TEXT))))
                .containsExactly("<stdin> null " + braced + " {}");
        assertThat(load(source(utf8(braced), StandardInput.Format.AUTO))).singleElement()
                .isInstanceOf(Loaded.Skipped.class);
        assertThat(load(source(utf8("Plain prose.\n"), StandardInput.Format.JSONL))).singleElement()
                .isInstanceOf(Loaded.Skipped.class);
    }

    @Test
    void standardInputIsReadOnceForBothPassesOfARun() {
        AtomicInteger opened = new AtomicInteger();
        InputStream once = new ByteArrayInputStream(utf8(JSONL)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                opened.compareAndSet(0, 1);
                return super.read(b, off, len);
            }
        };
        Inputs inputs = new Inputs(PathFilter.defaults(), once, FileInput.DEFAULT_MAX_BYTES, JsonlFields.DEFAULT);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        inputs.list(List.of("-")).forEach(i -> first.add(i.load().path()));
        inputs.list(List.of("-")).forEach(i -> second.add(i.load().path()));
        assertThat(first).hasSize(3).isEqualTo(second);
        assertThat(opened).hasValue(1);
    }

    @Test
    void textLargerThanAFileMayBeIsSkippedNotHeld() {
        byte[] big = new byte[2048];
        java.util.Arrays.fill(big, (byte) 'a');
        Source source = new StandardInput(new ByteArrayInputStream(big), StandardInput.Format.AUTO, 1024,
                JsonlFields.DEFAULT).source();
        assertThat(load(source)).singleElement().isInstanceOf(Loaded.Skipped.class);
    }

    @Test
    void textLeavesNoSpoolBehindAndAnUnreadableStreamIsReported() throws IOException {
        long before = spools();
        source(utf8("Just prose.\n"), StandardInput.Format.AUTO);
        source(gzip(utf8("Just prose.\n")), StandardInput.Format.AUTO);
        assertThat(spools()).isEqualTo(before);
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        Source broken = new StandardInput(failing, StandardInput.Format.AUTO, 1024, JsonlFields.DEFAULT).source();
        Iterator<InputItem> items = broken.items();
        assertThat(items.next().load()).isInstanceOfSatisfying(Loaded.Failed.class, f ->
                assertThat(f.reason()).contains("standard input").contains("Broken pipe"));
        assertThat(spools()).isEqualTo(before);
    }

    @Test
    void compressionIsToldByTheFirstBytesOnStandardInputAndBySuffixInAnyCaseForFiles() throws IOException {
        assertThat(Compression.of("CRAWL.JSONL.GZ")).isEqualTo(Compression.GZIP);
        assertThat(Compression.of("Shard.Jsonl.Zst")).isEqualTo(Compression.ZSTD);
        assertThat(JsonlFile.isJsonl("Shard.JSONL.ZST")).isTrue();
        assertThat(JsonlFile.isJsonl("Feed.NDJSON")).isTrue();
        assertThat(Compression.GZIP.stripped("A.TXT.GZ")).isEqualTo("A.TXT");
        assertThat(Compression.detect(new java.io.BufferedInputStream(new ByteArrayInputStream(gzip(utf8("x"))))))
                .isEqualTo(Compression.GZIP);
        assertThat(Compression.detect(new java.io.BufferedInputStream(new ByteArrayInputStream(zstd(utf8("x"))))))
                .isEqualTo(Compression.ZSTD);
        assertThat(Compression.detect(new java.io.BufferedInputStream(new ByteArrayInputStream(new byte[] {0x1f}))))
                .isEqualTo(Compression.NONE);
        assertThat(Compression.detect(new java.io.BufferedInputStream(new ByteArrayInputStream(new byte[0]))))
                .isEqualTo(Compression.NONE);
    }
}
