package dev.mtqa.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --changed-since: what git reports changed (and untracked), in a throwaway repository. */
class ChangedFilesTest {
    @TempDir
    Path repo;

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=mtqa", "-c", "user.email=mtqa@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    @BeforeEach
    void twoCommittedArticles() throws IOException, InterruptedException {
        git("init", "-q");
        Files.createDirectories(repo.resolve("articles"));
        Files.writeString(repo.resolve("articles/old.txt"), "Old text.\n");
        Files.writeString(repo.resolve("articles/edited.txt"), "Old text.\n");
        Files.writeString(repo.resolve("articles/gone.txt"), "Old text.\n");
        git("add", ".");
        git("commit", "-q", "-m", "first drop");
        git("tag", "drop-1");
    }

    @Test
    void changedCommittedStagedAndUntrackedFilesButNotDeletedOnes() throws IOException, InterruptedException {
        Files.writeString(repo.resolve("articles/edited.txt"), "New text in Kiev.\n");
        Files.writeString(repo.resolve("articles/new committed.txt"), "New.\n");
        git("add", ".");
        git("commit", "-q", "-m", "second drop");
        Files.writeString(repo.resolve("articles/untracked \u00fc.txt"), "New.\n");
        Files.delete(repo.resolve("articles/gone.txt"));
        ChangedFiles changed = ChangedFiles.since("drop-1", repo.resolve("articles"));
        assertThat(changed.contains(repo.resolve("articles/edited.txt"))).isTrue();
        assertThat(changed.contains(repo.resolve("articles/new committed.txt"))).isTrue();
        assertThat(changed.contains(repo.resolve("articles/untracked \u00fc.txt"))).isTrue();
        assertThat(changed.contains(repo.resolve("articles/old.txt"))).isFalse();
        assertThat(changed.size()).isEqualTo(3);
    }

    @Test
    void aBadRevisionOrAFolderOutsideGitIsAUsageError(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> ChangedFiles.since("no-such-ref", repo))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("unknown git revision 'no-such-ref'");
        assertThatThrownBy(() -> ChangedFiles.since("--output=x", repo))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not a git revision");
        assertThatThrownBy(() -> ChangedFiles.since("HEAD", elsewhere))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("not in a git repository");
    }

    @Test
    void theCommandChecksOnlyChangedFilesAndExitsTwoOnABadRef() {
        // The project's own checkout: the seeds are committed and unchanged since HEAD.
        CommandRun none = CommandRun.of("check", "--no-grammar", "--no-report", "--no-config", "--changed-since", "HEAD",
                "seeds");
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(none.out()).contains("0 documents checked");
        assertThat(none.err()).contains("changed since HEAD");
        CommandRun bad = CommandRun.of("check", "--no-grammar", "--no-report", "--no-config", "--changed-since",
                "no-such-ref-anywhere", "seeds");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown git revision");
    }
}
