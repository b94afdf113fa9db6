package se.bokvar.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One rendered Kubernetes object (a JSON tree) with the accessors the checks use. */
public record K8sObject(ObjectNode tree) {

    public String apiVersion() {
        return tree.path("apiVersion").asText("");
    }

    public String group() {
        String v = apiVersion();
        return v.contains("/") ? v.substring(0, v.indexOf('/')) : "";
    }

    public String kind() {
        return tree.path("kind").asText("");
    }

    public String name() {
        return tree.path("metadata").path("name").asText("");
    }

    public String namespace() {
        return tree.path("metadata").path("namespace").asText("");
    }

    public JsonNode spec() {
        return tree.path("spec");
    }

    /** kind/name, for messages. */
    public String id() {
        return kind() + "/" + name();
    }

    /** What kustomize treats as the identity of a resource. */
    public String key() {
        return apiVersion() + "|" + kind() + "|" + namespace() + "|" + name();
    }

    @Override
    public String toString() {
        return id();
    }
}
