package dev.mtqa.cli;

import dev.mtqa.fix.OutputFolder;
import dev.mtqa.fix.UnifiedDiff;
import dev.mtqa.input.Compression;
import dev.mtqa.input.Document;
import dev.mtqa.input.FileInput;
import dev.mtqa.input.JsonlFile;
import dev.mtqa.input.Source;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where {@code mtqa fix} puts cleaned text: an output folder, the files themselves, a diff, or
 * standard output. Text files arrive whole; JSONL files arrive line by line, in order, and are
 * streamed to a temporary file that replaces the target only when the file is complete.
 */
abstract class FixOutput {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** A cleaned text file. */
    abstract void whole(Source source, Document document, String newText) throws IOException;

    /** One line of a JSONL file, with its new content; the terminator is the original one. */
    abstract void line(JsonlFile.Line line, String newContent) throws IOException;

    /** Called once at the end. */
    void close(FixCommand.FixTally tally) throws IOException {
    }

    /** UTF-8, with the byte-order mark the input had if it was UTF-8 with one. */
    static byte[] bytes(Document document, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!(document.decoded().bom() && document.decoded().charset().equals("UTF-8"))) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        System.arraycopy(UTF8_BOM, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    static FixOutput folder(Path out) throws IOException {
        return new Streaming(new OutputFolder(out), false, false);
    }

    static FixOutput inPlace(boolean backup) {
        return new Streaming(null, true, backup);
    }

    static FixOutput diff(PrintWriter out) {
        return new Diff(out);
    }

    static FixOutput toStdout(PrintStream out) {
        return new ToStdout(out);
    }

    /** Writes files: into an output folder, or over the originals. */
    private static final class Streaming extends FixOutput {
        private final OutputFolder folder;
        private final boolean inPlace;
        private final boolean backup;
        private JsonlFile current;
        private Path temp;
        private Writer writer;
        private boolean changed;

        Streaming(OutputFolder folder, boolean inPlace, boolean backup) {
            this.folder = folder;
            this.inPlace = inPlace;
            this.backup = backup;
        }

        @Override
        void whole(Source source, Document document, String newText) throws IOException {
            finishJsonl();
            if (!inPlace) {
                // A compressed file's cleaned copy is compressed the same way, under the same name.
                folder.write(source.relative(), Compression.of(source.relative()).pack(bytes(document, newText)));
                return;
            }
            if (newText.equals(document.text()) || !(source instanceof FileInput file)) {
                return;
            }
            Path target = file.file();
            if (Files.isSymbolicLink(target)) {
                throw new IOException("refusing to replace a symbolic link: " + target);
            }
            if (Compression.of(file.file().getFileName().toString()).compressed()) {
                throw new IOException("compressed files are not rewritten in place; use --out DIR");
            }
            if (backup) {
                OutputFolder.writeAtomically(target.resolveSibling(target.getFileName() + ".bak"), Files.readAllBytes(target));
            }
            OutputFolder.writeAtomically(target, bytes(document, newText));
        }

        @Override
        void line(JsonlFile.Line line, String newContent) throws IOException {
            if (line.file() != current) {
                finishJsonl();
                start(line.file());
            }
            changed |= !newContent.equals(line.content());
            writer.write(newContent);
            writer.write(line.terminator());
        }

        private void start(JsonlFile file) throws IOException {
            if (Compression.of(file.file().getFileName().toString()).compressed()) {
                throw new IOException("compressed JSONL is read but not rewritten: decompress it first");
            }
            Path target = inPlace ? file.file() : folder.prepare(file.relative());
            current = file;
            changed = false;
            temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName() + ".", ".tmp");
            writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16);
        }

        private void finishJsonl() throws IOException {
            if (current == null) {
                return;
            }
            writer.close();
            Path target = inPlace ? current.file() : folder.resolve(current.relative());
            try {
                if (inPlace && !changed) {
                    return;
                }
                if (inPlace && backup) {
                    OutputFolder.writeAtomically(target.resolveSibling(target.getFileName() + ".bak"), Files.readAllBytes(target));
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
                current = null;
            }
        }

        @Override
        void close(FixCommand.FixTally tally) throws IOException {
            finishJsonl();
        }
    }

    /** Changes nothing; prints a unified diff. */
    private static final class Diff extends FixOutput {
        private final PrintWriter out;
        private JsonlFile headerWritten;

        Diff(PrintWriter out) {
            this.out = out;
        }

        @Override
        void whole(Source source, Document document, String newText) {
            out.print(UnifiedDiff.of(source.path(), document.text(), newText));
            out.flush();
        }

        @Override
        void line(JsonlFile.Line line, String newContent) {
            if (newContent.equals(line.content())) {
                return;
            }
            if (headerWritten != line.file()) {
                out.println("--- a/" + line.file().path());
                out.println("+++ b/" + line.file().path());
                headerWritten = line.file();
            }
            out.println("@@ -" + line.number() + " +" + line.number() + " @@");
            out.println("-" + line.content());
            out.println("+" + newContent);
            out.flush();
        }
    }

    /** Prints the cleaned text itself, for editors and pipes. */
    private static final class ToStdout extends FixOutput {
        private final OutputStream out;

        ToStdout(OutputStream out) {
            this.out = out;
        }

        @Override
        void whole(Source source, Document document, String newText) throws IOException {
            out.write(newText.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        void line(JsonlFile.Line line, String newContent) throws IOException {
            out.write((newContent + line.terminator()).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
