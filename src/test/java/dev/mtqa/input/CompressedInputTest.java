package dev.mtqa.input;

import io.airlift.compress.zstd.ZstdOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Compressed inputs: Zstandard as gzip, told by the name; damaged data reported, never thrown. */
class CompressedInputTest {
    private static final String JSONL = "{\"id\":\"a\",\"text\":\"First.\"}\n"
            + "{\"id\":\"b\",\"text\":\"Second \\u00e9.\"}\n"
            + "{broken\n";

    @TempDir
    Path dir;

    private static byte[] zstd(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new ZstdOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Loaded loaded) {
        return ((Loaded.Ok) loaded).document().text();
    }

    @Test
    void theSuffixTellsTheCompression() {
        assertThat(Compression.of("a.jsonl.zst")).isEqualTo(Compression.ZSTD);
        assertThat(Compression.of("a.txt.gz")).isEqualTo(Compression.GZIP);
        assertThat(Compression.of("a.jsonl")).isEqualTo(Compression.NONE);
        assertThat(Compression.of("a.zstd")).isEqualTo(Compression.NONE);
        assertThat(Compression.ZSTD.stripped("a.jsonl.zst")).isEqualTo("a.jsonl");
        assertThat(Compression.NONE.stripped("a.jsonl")).isEqualTo("a.jsonl");
        assertThat(JsonlFile.isJsonl("shard-00001.jsonl.zst")).isTrue();
        assertThat(JsonlFile.isJsonl("notes.txt.zst")).isFalse();
    }

    @Test
    void zstdJsonlLoadsAsThePlainFileDoes() throws IOException {
        Path plain = Files.writeString(dir.resolve("drop.jsonl"), JSONL);
        Path packed = Files.write(dir.resolve("packed.jsonl.zst"), zstd(utf8(JSONL)));
        List<Loaded> expected = LoadAll.load(plain);
        List<Loaded> actual = LoadAll.load(packed);
        assertThat(actual).hasSize(3);
        assertThat(text(actual.get(0))).isEqualTo("First.");
        assertThat(text(actual.get(1))).isEqualTo("Second \u00e9.");
        assertThat(actual.get(2)).isInstanceOf(Loaded.Skipped.class);
        assertThat(actual.get(2).path()).endsWith("packed.jsonl.zst:3");
        assertThat(((Loaded.Skipped) actual.get(2)).reason()).isEqualTo(((Loaded.Skipped) expected.get(2)).reason());
    }

    @Test
    void severalZstdFramesReadAsOneStream() throws IOException {
        // Tools that compress in parallel (zstd -T, pzstd) write one frame after another.
        byte[] first = zstd(utf8("{\"text\":\"One.\"}\n"));
        byte[] second = zstd(utf8("{\"text\":\"Two.\"}\n"));
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        List<Loaded> loaded = LoadAll.load(Files.write(dir.resolve("frames.jsonl.zst"), both));
        assertThat(loaded).extracting(CompressedInputTest::text).containsExactly("One.", "Two.");
    }

    @Test
    void aZstdTextFileIsOneDocumentAndAFolderFindsIt() throws IOException {
        Files.write(dir.resolve("article.txt.zst"), zstd(utf8("Talks resumed in Kyiv.\n")));
        Files.writeString(dir.resolve("article.zst.bak"), "not an input");
        List<Loaded> loaded = LoadAll.load(dir);
        assertThat(loaded).singleElement().satisfies(l -> {
            assertThat(l.path()).endsWith("article.txt.zst");
            assertThat(text(l)).isEqualTo("Talks resumed in Kyiv.\n");
        });
    }

    @Test
    void corruptZstdIsReportedUnreadable() throws IOException {
        byte[] packed = zstd(utf8("Talks resumed in Kyiv.\n".repeat(50)));
        for (int i = 8; i < packed.length - 4; i++) {
            packed[i] ^= 0x5A;
        }
        Files.write(dir.resolve("broken.txt.zst"), packed);
        Files.write(dir.resolve("broken.jsonl.zst"), packed);
        Files.writeString(dir.resolve("not-zstd.txt.zst"), "plain text under a .zst name");
        List<Loaded> loaded = LoadAll.load(dir);
        assertThat(loaded).hasSize(3).allSatisfy(l -> assertThat(l).isInstanceOf(Loaded.Failed.class));
        assertThat(loaded).extracting(l -> ((Loaded.Failed) l).reason()).allSatisfy(reason ->
                assertThat(reason).containsIgnoringCase("zstandard"));
    }

    @Test
    void aTruncatedZstdFileKeepsTheRecordsBeforeTheCutAndReportsTheRest() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            jsonl.append("{\"id\":\"").append(i).append("\",\"text\":\"Record ").append(i * 7919 % 10007).append(".\"}\n");
        }
        byte[] packed = zstd(utf8(jsonl.toString()));
        Files.write(dir.resolve("cut.jsonl.zst"), Arrays.copyOf(packed, packed.length / 2));
        List<Loaded> loaded = LoadAll.load(dir.resolve("cut.jsonl.zst"));
        assertThat(loaded.get(loaded.size() - 1)).isInstanceOf(Loaded.Failed.class);
        assertThat(loaded.subList(0, loaded.size() - 1)).allSatisfy(l -> assertThat(l).isInstanceOf(Loaded.Ok.class));
        assertThat(loaded.size()).isLessThan(2000);
    }

    @Test
    void aZstdBombIsSkippedBySizeNotHeld() throws IOException {
        // 65 MB of one letter packs into a few kilobytes; a text file may be 64 MB.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new ZstdOutputStream(buffer)) {
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 65; i++) {
                out.write(chunk);
            }
        }
        assertThat(buffer.size()).isLessThan(1 << 20);
        Path file = Files.write(dir.resolve("bomb.txt.zst"), buffer.toByteArray());
        assertThat(LoadAll.load(file)).singleElement().satisfies(l ->
                assertThat(((Loaded.Skipped) l).reason()).isEqualTo("larger than 64 MB"));
    }

    @Test
    void plainBytesUnderACompressedNameAreReportedAndLeaveNoFileOpen() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("misnamed"));
        for (int i = 0; i < 100; i++) {
            for (String name : List.of("fake-%d.jsonl.gz", "fake-%d.txt.gz", "fake-%d.jsonl.zst", "fake-%d.txt.zst")) {
                Files.writeString(folder.resolve(name.formatted(i)), JSONL);
            }
        }
        long before = LoadAll.openFiles();
        assertThat(LoadAll.load(folder)).hasSize(400).allSatisfy(l -> assertThat(l).isInstanceOf(Loaded.Failed.class));
        assertThat(LoadAll.openFiles()).isLessThan(before + 10);
        Path real = dir.resolve("real.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(real))) {
            out.write(utf8(JSONL));
        }
        assertThat(LoadAll.load(real)).hasSize(3);
    }

    @Test
    void zstdShardsAreClosedOnceRead() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("shards"));
        byte[] packed = zstd(utf8(JSONL));
        for (int i = 0; i < 300; i++) {
            Files.write(folder.resolve("part-" + i + ".jsonl.zst"), packed);
        }
        long before = LoadAll.openFiles();
        assertThat(LoadAll.load(folder)).hasSize(900);
        assertThat(LoadAll.openFiles()).isLessThan(before + 10);
    }

}
