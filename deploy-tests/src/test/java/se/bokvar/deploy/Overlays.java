package se.bokvar.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** The overlays under k8s/overlays, rendered once per test JVM. */
public final class Overlays {

    private static final Map<String, List<K8sObject>> CACHE = new ConcurrentHashMap<>();

    private Overlays() {
    }

    public static List<String> names() {
        try (Stream<Path> dirs = Files.list(Repo.path("k8s/overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh rendering each call's caller may not modify; cached. */
    public static List<K8sObject> render(String overlay) {
        return CACHE.computeIfAbsent(overlay, o -> Kustomize.build(Repo.path("k8s/overlays/" + o)));
    }
}
