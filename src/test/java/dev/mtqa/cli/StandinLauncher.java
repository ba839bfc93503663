package dev.mtqa.cli;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher script with a stand-in jar, in a folder of their own as a checkout would hold them,
 * for tests of what the launcher does around the program: the stand-in's {@code main} is the
 * given body, and no build is triggered (the folder has no sources for the jar to be older than).
 */
final class StandinLauncher {
    private StandinLauncher() {
    }

    /** Installs the launcher and a jar whose {@code main(String[] a)} runs {@code mainBody}; the launcher's path. */
    static Path install(Path dir, String mainBody) throws IOException {
        Path source = dir.resolve("src-standin/Standin.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "public class Standin { public static void main(String[] a) {" + mainBody + "} }");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, "-d", source.getParent().toString(), source.toString())).isZero();
        Path target = Files.createDirectories(dir.resolve("target"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Standin");
        try (OutputStream file = Files.newOutputStream(target.resolve("mtqa.jar"));
             JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.putNextEntry(new JarEntry("Standin.class"));
            jar.write(Files.readAllBytes(source.getParent().resolve("Standin.class")));
            jar.closeEntry();
        }
        Path launcher = dir.resolve("mtqa");
        Files.copy(Path.of("mtqa"), launcher, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }
}
