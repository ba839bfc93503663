package dev.mtqa.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputsTest {
    @TempDir
    Path dir;

    private List<String> list(PathFilter filter, String... args) {
        List<String> paths = new ArrayList<>();
        new Inputs(filter, new ByteArrayInputStream(new byte[0]), FileInput.DEFAULT_MAX_BYTES, JsonlFields.DEFAULT)
                .list(List.of(args)).forEach(i -> paths.add(i.path()));
        return paths;
    }

    private void touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "text");
    }

    @Test
    void foldersAreWalkedInSortedOrderWithDefaultIncludes() throws IOException {
        touch("b.txt");
        touch("a/z.md");
        touch("a/y.txt");
        touch("c.html");
        touch(".hidden/x.txt");
        touch("d/.secret.txt");
        String root = dir.toString().replace('\\', '/');
        assertThat(list(PathFilter.defaults(), dir.toString()))
                .containsExactly(root + "/a/y.txt", root + "/a/z.md", root + "/b.txt");
    }

    @Test
    void theDefaultIncludesMatchNamesInAnyCaseAndTheUsersGlobsAsWritten() throws IOException {
        touch("NOTES.TXT");
        touch("Shard.JSONL.GZ");
        touch("page.HTML");
        String root = dir.toString().replace('\\', '/');
        assertThat(list(PathFilter.defaults(), dir.toString()))
                .containsExactly(root + "/NOTES.TXT", root + "/Shard.JSONL.GZ");
        assertThat(list(new PathFilter(List.of("*.txt"), List.of()), dir.toString())).isEmpty();
    }

    @Test
    void includeAndExcludeGlobs() throws IOException {
        touch("keep/one.html");
        touch("archive/old.html");
        touch("archive/deep/older.html");
        PathFilter filter = new PathFilter(List.of("*.html"), List.of("archive/**"));
        assertThat(list(filter, dir.toString())).hasSize(1).allMatch(p -> p.endsWith("keep/one.html"));
    }

    @Test
    void anExplicitFileIsCheckedWhateverItsExtension() throws IOException {
        touch("page.html");
        assertThat(list(PathFilter.defaults(), dir.resolve("page.html").toString())).hasSize(1);
    }

    @Test
    void aMissingPathBecomesAFailureNamingIt() {
        Path missing = dir.resolve("nope.txt");
        List<InputItem> items = new ArrayList<>();
        new Inputs(PathFilter.defaults()).list(List.of(missing.toString())).forEach(items::add);
        assertThat(items).hasSize(1);
        Loaded loaded = items.get(0).load();
        assertThat(loaded).isInstanceOf(Loaded.Failed.class);
        assertThat(loaded.path()).endsWith("nope.txt");
    }

    @Test
    void dashIsStandardInput() {
        assertThat(list(PathFilter.defaults(), "-")).containsExactly("<stdin>");
    }
}
