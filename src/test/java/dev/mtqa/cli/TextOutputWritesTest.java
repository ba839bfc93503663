package dev.mtqa.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed formats write standard output once per checked input, not once per finding: a
 * corpus run with a million findings made a million writes to stdout, which flushes each one.
 */
class TextOutputWritesTest {
    @TempDir
    Path dir;

    /** Counts the writes that reach it, as a pipe or a file would take them. */
    private static final class CountingStream extends OutputStream {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int writes;

        @Override
        public void write(int b) {
            writes++;
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes++;
            bytes.write(b, off, len);
        }
    }

    @Test
    void eachDocumentsFindingsReachStdoutInOneWrite() throws IOException {
        // Two documents with several findings each (double spaces, a house-style spelling).
        String text = "Kiev  is  big.  Kiev  is  old.  Kiev  is  far.";
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"id\":\"a\",\"text\":\"" + text + "\"}\n{\"id\":\"b\",\"text\":\"" + text + "\"}\n");
        for (String format : new String[] {"text", "github"}) {
            CountingStream counting = new CountingStream();
            // Autoflush on, as System.out has it: every write the reporter makes reaches the stream.
            PrintStream out = new PrintStream(counting, true, StandardCharsets.UTF_8);
            int code = MtqaCommand.execute(new String[] {"check", "--no-grammar", "--no-report", "--no-config",
                            "--fail-on", "none", "--format", format, corpus.toString()},
                    new ByteArrayInputStream(new byte[0]), out, new PrintStream(new ByteArrayOutputStream(), true));
            String printed = counting.bytes.toString(StandardCharsets.UTF_8);

            assertThat(code).isZero();
            long findings = printed.lines().filter(line -> line.contains("TYPOGRAPHY_DOUBLE_SPACE")).count();
            assertThat(findings).as(format).isGreaterThanOrEqualTo(10);
            assertThat(printed).as(format).contains("2 documents checked");
            // One write per document and one for the summary line.
            assertThat(counting.writes).as(format).isLessThanOrEqualTo(3);
        }
    }
}
