package se.bokvar.local.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** Finds installed JDKs: Keycloak 26 supports Java 21 and newer, the rest of the platform runs on 17. */
public final class JavaRuntimes {

    /** A JDK home and its feature version. */
    public record JavaRuntime(Path home, int feature) {
        public Path java() {
            return home.resolve("bin").resolve("java");
        }
    }

    private JavaRuntimes() {
    }

    /** The JVM running this code. */
    public static JavaRuntime current() {
        return new JavaRuntime(Path.of(System.getProperty("java.home")), Runtime.version().feature());
    }

    /** The newest JDK with at least {@code minimum}, looking at BOKVAR_KEYCLOAK_JAVA_HOME, JAVA_HOME, this JVM and the usual install folders. */
    public static Optional<JavaRuntime> newestAtLeast(int minimum) {
        List<Path> candidates = new ArrayList<>();
        env("BOKVAR_KEYCLOAK_JAVA_HOME").ifPresent(candidates::add);
        env("JAVA_HOME").ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        for (String root : List.of("/usr/lib/jvm", "/opt/java", "/opt", "/Library/Java/JavaVirtualMachines",
                System.getProperty("user.home") + "/.sdkman/candidates/java")) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.forEach(p -> {
                        candidates.add(p);
                        candidates.add(p.resolve("Contents/Home"));
                    });
                } catch (IOException ignored) {
                    // not readable: skip
                }
            }
        }
        if (env("BOKVAR_KEYCLOAK_JAVA_HOME").isPresent()) {
            Optional<JavaRuntime> forced = describe(candidates.get(0));
            if (forced.isPresent()) {
                return forced;
            }
        }
        return candidates.stream().map(JavaRuntimes::describe).flatMap(Optional::stream)
                .filter(r -> r.feature() >= minimum)
                .max(Comparator.comparingInt(JavaRuntime::feature));
    }

    static Optional<JavaRuntime> describe(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try (var reader = Files.newBufferedReader(release)) {
            Properties p = new Properties();
            p.load(reader);
            String version = p.getProperty("JAVA_VERSION", "").replace("\"", "");
            if (version.isEmpty()) {
                return Optional.empty();
            }
            String first = version.split("[.+-]")[0];
            int feature = Integer.parseInt(first.equals("1") ? version.split("\\.")[1] : first);
            return Optional.of(new JavaRuntime(home.toRealPath(), feature));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }
}
