package se.bokvar.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository checkout the deployment files live in (set by the build as {@code bokvar.root}). */
public final class Repo {

    private Repo() {
    }

    public static Path root() {
        String root = System.getProperty("bokvar.root");
        Path path = root != null ? Path.of(root) : Path.of("..");
        path = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path.resolve("pom.xml")) || !Files.isDirectory(path.resolve("k8s"))) {
            throw new IllegalStateException("not the bokvar repository root: " + path + " (set -Dbokvar.root)");
        }
        return path;
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
