package se.bokvar.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every object of every overlay is valid against the schemas of the pinned versions ({@link ManifestSchemas}),
 * and broken copies prove the check fails on an unknown field, a wrong type and a missing required field, for
 * each family of schema (Kubernetes, Strimzi, CloudNativePG, Keycloak operator, Keycloak realm).
 */
class ManifestSchemaTest {

    static List<String> overlays() {
        return Overlays.names();
    }

    @Test
    void thereAreDevAndProdOverlays() {
        assertThat(Overlays.names()).contains("dev", "prod");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRenderedObjectMatchesItsSchema(String overlay) {
        List<K8sObject> objects = Overlays.render(overlay);
        assertThat(objects).hasSizeGreaterThan(40);
        assertThat(ManifestSchemas.problems(objects)).as("schema problems in overlay " + overlay).isEmpty();
    }

    // --- broken copies: each must be refused, naming what is wrong ---

    @Test
    void unknownFieldInAContainerIsRefused() {
        assertBroken("Deployment", "notice-intake-service",
                o -> ((ObjectNode) o.at("/spec/template/spec/containers/0")).put("livenessprobe", "typo"),
                "livenessprobe");
    }

    @Test
    void unknownFieldInMetadataIsRefused() {
        assertBroken("Service", "case-service", o -> ((ObjectNode) o.at("/metadata")).put("label", "x"), "label");
    }

    @Test
    void stringWhereANumberBelongsIsRefused() {
        assertBroken("Deployment", "case-service", o -> ((ObjectNode) o.at("/spec")).put("replicas", "2"),
                "replicas");
    }

    @Test
    void numberWhereAStringBelongsIsRefused() {
        assertBroken("ConfigMap", "case-service-config", o -> ((ObjectNode) o.at("/data")).put("BOKVAR_DB_PORT", 5432),
                "BOKVAR_DB_PORT");
    }

    @Test
    void objectWhereAListBelongsIsRefused() {
        assertBroken("NetworkPolicy", "consent-service",
                o -> ((ObjectNode) o.at("/spec")).putObject("ingress").put("from", "anywhere"), "ingress");
    }

    @Test
    void missingRequiredFieldIsRefused() {
        assertBroken("HorizontalPodAutoscaler", "consent-service", o -> ((ObjectNode) o.at("/spec")).remove("maxReplicas"),
                "/spec/maxReplicas is required");
    }

    @Test
    void desksIngressWithUnknownFieldOrWrongTypeIsRefused() {
        assertBroken("Ingress", "caseworker-web", o -> ((ObjectNode) o.at("/spec/rules/0")).put("hosts", "x"), "hosts");
        assertBroken("Ingress", "caseworker-web",
                o -> ((ObjectNode) o.at("/spec/rules/0/http/paths/0/backend/service/port")).put("number", "http"),
                "number");
    }

    @Test
    void strimziTopicWithUnknownFieldOrWrongTypeIsRefused() {
        assertBroken("KafkaTopic", "bokvar-intake-notices-v1", o -> ((ObjectNode) o.at("/spec")).put("partition", 12),
                "partition");
        assertBroken("KafkaTopic", "bokvar-intake-notices-v1", o -> ((ObjectNode) o.at("/spec")).put("partitions", "12"),
                "partitions");
    }

    @Test
    void strimziKafkaWithUnknownListenerFieldIsRefused() {
        assertBroken("Kafka", "bokvar", o -> ((ObjectNode) o.at("/spec/kafka/listeners/0")).put("tlsEnabled", true),
                "tlsEnabled");
    }

    @Test
    void cloudNativePgClusterWithUnknownFieldOrWrongTypeIsRefused() {
        assertBroken("Cluster", "intake-db", o -> ((ObjectNode) o.at("/spec")).put("replicas", 3), "replicas");
        assertBroken("Cluster", "intake-db", o -> ((ObjectNode) o.at("/spec")).put("instances", "3"), "instances");
        assertBroken("Cluster", "intake-db", o -> ((ObjectNode) o.at("/spec/bootstrap/initdb")).put("db", "x"), "db");
    }

    @Test
    void keycloakWithUnknownFieldOrWrongTypeIsRefused() {
        assertBroken("Keycloak", "keycloak", o -> ((ObjectNode) o.at("/spec/hostname")).put("host", "x"), "host");
        assertBroken("Keycloak", "keycloak", o -> ((ObjectNode) o.at("/spec/http")).put("httpEnabled", "true"),
                "httpEnabled");
    }

    @Test
    void realmWithUnknownFieldOrWrongTypeIsRefused() {
        assertBroken("KeycloakRealmImport", "bokvar", o -> ((ObjectNode) o.at("/spec/realm")).put("acessTokenLifespan", 5),
                "acessTokenLifespan");
        assertBroken("KeycloakRealmImport", "bokvar",
                o -> ((ObjectNode) o.at("/spec/realm")).put("accessTokenLifespan", "fifteen minutes"),
                "accessTokenLifespan");
    }

    @Test
    void unknownKindIsRefused() {
        ObjectNode tree = Yaml.JSON.createObjectNode().put("apiVersion", "v1").put("kind", "Secret");
        tree.putObject("metadata").put("name", "x");
        assertThat(ManifestSchemas.problems(new K8sObject(tree))).singleElement().asString().contains("no schema");
    }

    static void assertBroken(String kind, String name, Consumer<ObjectNode> breakIt, String expected) {
        K8sObject original = Overlays.render("prod").stream()
                .filter(o -> o.kind().equals(kind) && o.name().equals(name)).findFirst().orElseThrow();
        assertThat(ManifestSchemas.problems(original)).isEmpty();
        ObjectNode copy = original.tree().deepCopy();
        breakIt.accept(copy);
        List<String> problems = ManifestSchemas.problems(new K8sObject(copy));
        assertThat(problems).as("the broken copy of %s/%s must be refused", kind, name).isNotEmpty();
        assertThat(String.join("\n", problems)).contains(expected);
    }
}
