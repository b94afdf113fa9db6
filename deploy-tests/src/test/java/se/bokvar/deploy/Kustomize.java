package se.bokvar.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.fabric8.zjsonpatch.JsonPatch;

/**
 * Renders a Kustomize directory in plain Java, so the manifest checks run on any machine with a JDK. It
 * implements the part of Kustomize that k8s/ uses, with Kustomize's semantics and order (resources, then patches,
 * namespace, replicas, images), and refuses everything else loudly rather than render it differently: a
 * kustomization field it does not know, a strategic-merge patch, a patch or replica count that matches nothing.
 * {@link KustomizeTest} renders every overlay with {@code kubectl kustomize} too, where kubectl is installed, and
 * requires the same objects.
 */
public final class Kustomize {

    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "resources", "namespace", "images",
            "patches", "replicas");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "APIService");
    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet",
            "ReplicationController");

    private Kustomize() {
    }

    /** The objects {@code kustomize build dir} produces. */
    public static List<K8sObject> build(Path dir) {
        return build(dir.toAbsolutePath().normalize(), new HashSet<>());
    }

    private static List<K8sObject> build(Path dir, Set<Path> visiting) {
        if (!visiting.add(dir)) {
            throw new IllegalArgumentException("kustomization cycle through " + dir);
        }
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + dir);
        }
        JsonNode k = Yaml.single(file);
        for (Iterator<String> it = k.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(file + ": field '" + field + "' is not supported by the Java "
                        + "renderer (supported: " + SUPPORTED + "); use one of those or extend Kustomize.java");
            }
        }
        List<K8sObject> objects = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode entry : k.path("resources")) {
            Path resource = dir.resolve(entry.asText()).normalize();
            List<K8sObject> loaded;
            if (Files.isDirectory(resource)) {
                loaded = build(resource, visiting);
            } else if (Files.isRegularFile(resource)) {
                loaded = new ArrayList<>();
                for (JsonNode doc : Yaml.documents(resource)) {
                    if (!doc.isObject() || doc.path("kind").asText("").isEmpty()
                            || doc.path("metadata").path("name").asText("").isEmpty()) {
                        throw new IllegalArgumentException(resource + ": a document without kind or metadata.name");
                    }
                    loaded.add(new K8sObject((ObjectNode) doc));
                }
            } else {
                throw new IllegalArgumentException(file + ": resource " + entry.asText() + " does not exist");
            }
            for (K8sObject o : loaded) {
                if (!keys.add(o.key())) {
                    throw new IllegalArgumentException(file + ": " + o.id() + " is defined twice");
                }
                objects.add(o);
            }
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, file, patch, objects);
        }
        if (k.has("namespace")) {
            String ns = k.get("namespace").asText();
            for (K8sObject o : objects) {
                if (!CLUSTER_SCOPED.contains(o.kind())) {
                    ((ObjectNode) o.tree().path("metadata")).put("namespace", ns);
                }
            }
        }
        for (JsonNode r : k.path("replicas")) {
            String name = r.path("name").asText();
            boolean matched = false;
            for (K8sObject o : objects) {
                if (SCALABLE.contains(o.kind()) && o.name().equals(name)) {
                    ((ObjectNode) o.tree().with("spec")).set("replicas", IntNode.valueOf(r.path("count").asInt()));
                    matched = true;
                }
            }
            if (!matched) {
                throw new IllegalArgumentException(file + ": replicas for '" + name + "' match no workload");
            }
        }
        for (JsonNode image : k.path("images")) {
            setImage(file, image, objects);
        }
        visiting.remove(dir);
        return objects;
    }

    private static void applyPatch(Path dir, Path file, JsonNode entry, List<K8sObject> objects) {
        String text;
        if (entry.has("path")) {
            text = Repo.read(dir.resolve(entry.get("path").asText()));
        } else if (entry.has("patch")) {
            text = entry.get("patch").asText();
        } else {
            throw new IllegalArgumentException(file + ": a patch needs 'path' or 'patch'");
        }
        List<JsonNode> docs = Yaml.documents(text, file + " patch");
        if (docs.size() != 1 || !docs.get(0).isArray()) {
            throw new IllegalArgumentException(file + ": only JSON 6902 patches (a list of operations) are supported"
                    + " by the Java renderer, not strategic-merge patches");
        }
        JsonNode ops = docs.get(0);
        JsonNode target = entry.path("target");
        if (target.isMissingNode() || target.isEmpty()) {
            throw new IllegalArgumentException(file + ": a JSON 6902 patch needs a target");
        }
        for (Iterator<String> it = target.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!Set.of("group", "version", "kind", "name", "namespace").contains(f)) {
                throw new IllegalArgumentException(file + ": patch target field '" + f + "' is not supported");
            }
        }
        boolean matched = false;
        for (int i = 0; i < objects.size(); i++) {
            K8sObject o = objects.get(i);
            if (matches(target, "group", o.group()) && matches(target, "version", version(o))
                    && matches(target, "kind", o.kind()) && matches(target, "name", o.name())
                    && matches(target, "namespace", o.namespace())) {
                JsonNode patched;
                try {
                    patched = JsonPatch.apply(ops, o.tree());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file + ": patch " + target + " does not apply to " + o.id()
                            + ": " + e.getMessage(), e);
                }
                objects.set(i, new K8sObject((ObjectNode) patched));
                matched = true;
            }
        }
        if (!matched) {
            throw new IllegalArgumentException(file + ": patch target " + target + " matches no resource");
        }
    }

    private static String version(K8sObject o) {
        String v = o.apiVersion();
        return v.contains("/") ? v.substring(v.indexOf('/') + 1) : v;
    }

    /** Kustomize compares target fields as anchored regular expressions. */
    private static boolean matches(JsonNode target, String field, String value) {
        if (!target.has(field)) {
            return true;
        }
        return Pattern.compile("^(?:" + target.get(field).asText() + ")$").matcher(value).matches();
    }

    private static void setImage(Path file, JsonNode image, List<K8sObject> objects) {
        String name = image.path("name").asText();
        int[] count = {0};
        for (K8sObject o : objects) {
            walkContainers(o.tree(), container -> {
                String ref = container.path("image").asText("");
                String repo = imageName(ref);
                if (repo.equals(name)) {
                    String newName = image.has("newName") ? image.get("newName").asText() : repo;
                    String suffix = ref.substring(repo.length());
                    if (image.has("digest")) {
                        suffix = "@" + image.get("digest").asText();
                    } else if (image.has("newTag")) {
                        suffix = ":" + image.get("newTag").asText();
                    }
                    container.set("image", TextNode.valueOf(newName + suffix));
                    count[0]++;
                }
            });
        }
        if (count[0] == 0) {
            throw new IllegalArgumentException(file + ": image '" + name + "' is used by no container");
        }
    }

    /** The image reference without tag or digest (a registry port's colon is kept). */
    static String imageName(String ref) {
        String s = ref;
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int slash = s.lastIndexOf('/');
        int colon = s.lastIndexOf(':');
        return colon > slash ? s.substring(0, colon) : s;
    }

    private static void walkContainers(JsonNode node, java.util.function.Consumer<ObjectNode> action) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if ((e.getKey().equals("containers") || e.getKey().equals("initContainers")) && e.getValue().isArray()) {
                    for (JsonNode c : (ArrayNode) e.getValue()) {
                        if (c.isObject()) {
                            action.accept((ObjectNode) c);
                        }
                    }
                } else {
                    walkContainers(e.getValue(), action);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> walkContainers(n, action));
        }
    }
}
