package se.bokvar.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Java renderer gives what kubectl's Kustomize gives, refuses what it does not implement, and a broken copy of
 * k8s/ fails the checks end to end.
 */
class KustomizeTest {

    static List<String> overlays() {
        return Overlays.names();
    }

    /**
     * With kubectl installed (the project's machines have it; set BOKVAR_KUBECTL to use another), its Kustomize
     * must render every overlay to exactly the objects of the Java renderer. Without kubectl this one test is
     * reported as skipped, with the reason; every other check runs on the Java rendering.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void javaRendererMatchesKubectlKustomize(String overlay) throws Exception {
        String kubectl = System.getenv().getOrDefault("BOKVAR_KUBECTL", "kubectl");
        Process version;
        try {
            version = new ProcessBuilder(kubectl, "version", "--client").redirectErrorStream(true).start();
            version.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            version = null;
        }
        Assumptions.assumeTrue(version != null && version.exitValue() == 0,
                "kubectl is not installed: the Java rendering is not compared with kubectl kustomize");
        Process p = new ProcessBuilder(kubectl, "kustomize", Repo.path("k8s/overlays/" + overlay).toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("kubectl kustomize exit").isZero();
        Map<String, JsonNode> fromKubectl = Yaml.documents(out, "kubectl kustomize").stream()
                .map(d -> new K8sObject((com.fasterxml.jackson.databind.node.ObjectNode) d))
                .collect(Collectors.toMap(K8sObject::key, K8sObject::tree));
        Map<String, JsonNode> fromJava = Overlays.render(overlay).stream()
                .collect(Collectors.toMap(K8sObject::key, K8sObject::tree));
        assertThat(fromJava.keySet()).containsExactlyInAnyOrderElementsOf(fromKubectl.keySet());
        fromJava.forEach((key, tree) -> assertThat(tree).as(key).isEqualTo(fromKubectl.get(key)));
    }

    @Test
    void everyNamespacedObjectLandsInTheOverlaysNamespace() {
        assertThat(Overlays.render("prod")).allSatisfy(o -> assertThat(o.namespace())
                .isEqualTo(o.kind().equals("Namespace") ? "" : "bokvar"));
        assertThat(Overlays.render("dev")).filteredOn(o -> !o.kind().equals("Namespace"))
                .allSatisfy(o -> assertThat(o.namespace()).isEqualTo("bokvar-dev"));
    }

    @Test
    void imagesAreSetPerOverlay() {
        assertThat(images("prod")).allSatisfy(i -> assertThat(i).matches("registry\\.bokvar\\.example/bokvar/[a-z-]+:0\\.1\\.0"));
        assertThat(images("dev")).allSatisfy(i -> assertThat(i).matches("bokvar/[a-z-]+:dev"));
        assertThat(Kustomize.imageName("registry:5000/a/b:1.0")).isEqualTo("registry:5000/a/b");
        assertThat(Kustomize.imageName("a/b@sha256:abc")).isEqualTo("a/b");
    }

    /** Every deployed application runs its own image, named after it, in each overlay (the desk included). */
    @Test
    void everyDeployedApplicationRunsItsOwnImage() {
        for (se.bokvar.local.stack.ServiceSpec s : Deployed.ALL) {
            assertThat(image("prod", s.name())).isEqualTo("registry.bokvar.example/bokvar/" + s.name() + ":0.1.0");
            assertThat(image("dev", s.name())).isEqualTo("bokvar/" + s.name() + ":dev");
        }
    }

    private static String image(String overlay, String deployment) {
        return Overlays.render(overlay).stream().filter(o -> o.kind().equals("Deployment") && o.name().equals(deployment))
                .map(o -> o.tree().at("/spec/template/spec/containers/0/image").asText()).findFirst().orElse(null);
    }

    private static List<String> images(String overlay) {
        return Overlays.render(overlay).stream().filter(o -> o.kind().equals("Deployment"))
                .map(o -> o.tree().at("/spec/template/spec/containers/0/image").asText()).toList();
    }

    @Test
    void refusesWhatItDoesNotImplement(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\ncommonLabels: {a: b}\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("'commonLabels' is not supported");
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n");
        Files.writeString(dir.resolve("kustomization.yaml"),
                "resources: [cm.yaml]\npatches:\n  - patch: |-\n      kind: ConfigMap\n      metadata: {name: c}\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("only JSON 6902 patches");
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [cm.yaml]\npatches:\n"
                + "  - target: {kind: ConfigMap, name: other}\n    patch: '[{\"op\": \"remove\", \"path\": \"/data\"}]'\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("matches no resource");
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [cm.yaml, cm.yaml]\n");
        assertThatThrownBy(() -> Kustomize.build(dir)).hasMessageContaining("defined twice");
    }

    /** A deliberately broken copy of k8s/: one typo in one file fails the schema check, naming it. */
    @Test
    void brokenCopyOfTheManifestsFails(@TempDir Path copy) throws IOException {
        Path k8s = Repo.path("k8s");
        try (Stream<Path> files = Files.walk(k8s)) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(k8s.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Function<Path, List<String>> check = root -> ManifestSchemas.problems(Kustomize.build(root.resolve("overlays/prod")));
        assertThat(check.apply(copy)).as("the untouched copy is valid").isEmpty();

        Path deployment = copy.resolve("base/services/case-service/deployment.yaml");
        Files.writeString(deployment, Files.readString(deployment).replace("readinessProbe:", "readinesProbe:"));
        assertThat(check.apply(copy)).singleElement().asString().contains("Deployment/case-service", "readinesProbe");

        Files.writeString(deployment, Files.readString(deployment).replace("readinesProbe:", "readinessProbe:")
                .replace("containerPort: 8080", "containerPort: http-port"));
        assertThat(check.apply(copy)).singleElement().asString().contains("Deployment/case-service", "containerPort");
    }
}
