package se.bokvar.testsupport.shape;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The one shape of every service and web layer (docs/architecture.md), checked on its bytecode:
 * <ul>
 * <li>every class lives in one of four layers under the service's root package: {@code api} (resources, request
 * and response records, mapping), {@code events} (consumers and publishers), {@code app} (one handler per use case,
 * transactions begin here) and {@code store} (all SQL, typed rows);</li>
 * <li>dependencies point one way: {@code api} and {@code events} use {@code app}, {@code app} uses {@code store};
 * nothing uses {@code api} or {@code events}, {@code store} uses no other layer (legal-rules, event-contracts and
 * platform-commons sit below all four);</li>
 * <li>no bean or resource has a constructor with more than {@value #MAX_COLLABORATORS} parameters (injected
 * collaborators);</li>
 * <li>no source file of the module is over {@value #MAX_LINES} lines.</li>
 * </ul>
 * {@link #violations()} lists every breach in words; the conventions test asserts the list is empty.
 */
public final class ServiceShape {

    public static final int MAX_COLLABORATORS = 7;
    public static final int MAX_LINES = 300;
    public static final List<String> LAYERS = List.of("api", "events", "app", "store");

    private final String root;
    private final JavaClasses classes;
    private final Path sources;

    private ServiceShape(String root, JavaClasses classes, Path sources) {
        this.root = root;
        this.classes = classes;
        this.sources = sources;
    }

    /**
     * The module's main classes under {@code rootPackage} (read from {@code target/classes}, whatever class loader
     * the test runs in) and its sources in {@code src/main/java}; run from the module's directory, as Surefire does.
     */
    public static ServiceShape of(String rootPackage) {
        Path compiled = Path.of("target", "classes");
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(location -> location.contains("/" + rootPackage.replace('.', '/') + "/"))
                .importPath(compiled);
        return new ServiceShape(rootPackage, classes, Path.of("src", "main", "java"));
    }

    /** Classes to judge as they are (the planted violations of the shape's own test), without a source check. */
    public static ServiceShape ofClasses(String rootPackage, JavaClasses classes) {
        return new ServiceShape(rootPackage, classes, null);
    }

    /** Every breach of the shape, in words; empty when the service has it. */
    public List<String> violations() {
        List<String> found = new ArrayList<>();
        if (classes.isEmpty()) {
            found.add("no classes found under " + root);
            return found;
        }
        for (JavaClass c : classes) {
            if (!inLayer(c)) {
                found.add(c.getName() + " is in none of the layers " + LAYERS + " under " + root);
            }
            for (JavaConstructor constructor : c.getConstructors()) {
                int n = constructor.getRawParameterTypes().size();
                if (n > MAX_COLLABORATORS && injected(c, constructor)) {
                    found.add(c.getName() + " has a constructor with " + n + " parameters (at most " + MAX_COLLABORATORS
                            + " collaborators)");
                }
            }
        }
        EvaluationResult layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("api").definedBy(root + ".api..")
                .layer("events").definedBy(root + ".events..")
                .layer("app").definedBy(root + ".app..")
                .layer("store").definedBy(root + ".store..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("events").mayNotBeAccessedByAnyLayer()
                .whereLayer("app").mayOnlyBeAccessedByLayers("api", "events")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app")
                .allowEmptyShould(true)
                .evaluate(classes);
        found.addAll(layers.getFailureReport().getDetails());
        if (sources != null) {
            found.addAll(longFiles(sources));
        }
        return found;
    }

    /** A constructor the container calls: marked {@code @Inject}, or the constructor of a bean or resource class. */
    private static boolean injected(JavaClass c, JavaConstructor constructor) {
        return constructor.isAnnotatedWith("jakarta.inject.Inject") || BEAN_ANNOTATIONS.stream().anyMatch(c::isAnnotatedWith);
    }

    private static final List<String> BEAN_ANNOTATIONS = List.of("jakarta.enterprise.context.ApplicationScoped",
            "jakarta.enterprise.context.RequestScoped", "jakarta.enterprise.context.Dependent", "jakarta.inject.Singleton",
            "jakarta.ws.rs.Path");

    private boolean inLayer(JavaClass c) {
        String pkg = c.getPackageName();
        return LAYERS.stream().anyMatch(layer -> pkg.equals(root + "." + layer) || pkg.startsWith(root + "." + layer + "."));
    }

    static List<String> longFiles(Path sources) {
        if (!Files.isDirectory(sources)) {
            return List.of("no sources at " + sources.toAbsolutePath());
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> all = Files.lines(file)) {
                    lines = all.count();
                }
                if (lines > MAX_LINES) {
                    found.add(sources.relativize(file) + " has " + lines + " lines (at most " + MAX_LINES + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
