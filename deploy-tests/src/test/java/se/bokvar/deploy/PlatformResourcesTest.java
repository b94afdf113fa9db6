package se.bokvar.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.deploy.DeploymentConventionsTest.find;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokvar.contracts.Topic;
import se.bokvar.contracts.Topics;
import se.bokvar.local.stack.ServiceSpec;

/** The platform resources (operators' custom resources) match the code: topics, databases, roles. */
class PlatformResourcesTest {

    @Test
    void prodTopicsAreTheContractsTopicsWithProductionPartitionsAndReplication() {
        assertTopics(Overlays.render("prod"), true);
    }

    @Test
    void devTopicsHaveTheLocalPartitions() {
        assertTopics(Overlays.render("dev"), false);
    }

    private static void assertTopics(List<K8sObject> objects, boolean production) {
        Map<String, JsonNode> topics = new TreeMap<>();
        objects.stream().filter(o -> o.kind().equals("KafkaTopic")).forEach(t -> {
            assertThat(t.tree().at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("bokvar");
            topics.put(t.spec().path("topicName").asText(), t.spec());
        });
        Set<String> expected = new TreeSet<>();
        Topics.ALL.forEach(t -> expected.add(t.name()));
        Deployed.ALL.forEach(s -> expected.addAll(ServiceConfig.deadLetterTopics(s.name())));
        assertThat(topics.keySet()).as("KafkaTopics = Topics.ALL + the services' dead-letter topics")
                .containsExactlyInAnyOrderElementsOf(expected);
        for (Topic t : Topics.ALL) {
            assertThat(topics.get(t.name()).path("partitions").asInt()).as(t.name())
                    .isEqualTo(production ? t.productionPartitions() : t.localPartitions());
        }
        int brokers = objects.stream().filter(o -> o.kind().equals("KafkaNodePool"))
                .mapToInt(o -> o.spec().path("replicas").asInt()).sum();
        JsonNode kafkaConfig = find(objects, "Kafka", "bokvar").spec().at("/kafka/config");
        for (JsonNode spec : topics.values()) {
            int replicas = spec.path("replicas").asInt();
            int minIsr = spec.at("/config/min.insync.replicas").asInt();
            assertThat(replicas).isLessThanOrEqualTo(brokers);
            if (production) {
                assertThat(replicas).isEqualTo(3);
                assertThat(minIsr).isEqualTo(2);
            } else {
                assertThat(minIsr).isLessThanOrEqualTo(replicas);
            }
        }
        assertThat(kafkaConfig.path("auto.create.topics.enable").asBoolean(true)).isFalse();
        assertThat(kafkaConfig.path("min.insync.replicas").asInt()).isLessThanOrEqualTo(brokers);
    }

    /** One CloudNativePG cluster per service, and the service's configuration points at it with both roles. */
    @Test
    void eachServiceHasItsOwnDatabaseClusterAndUsesIt() {
        for (String overlay : Overlays.names()) {
            List<K8sObject> objects = Overlays.render(overlay);
            Set<String> clusters = new TreeSet<>();
            for (ServiceSpec s : Deployed.ALL) {
                JsonNode config = find(objects, "ConfigMap", s.name() + "-config").tree().path("data");
                String clusterName = config.path("BOKVAR_DB_HOST").asText().replaceFirst("-rw$", "");
                assertThat(config.path("BOKVAR_DB_HOST").asText()).endsWith("-rw"); // the primary
                assertThat(clusters.add(clusterName)).as("database cluster shared: " + clusterName).isTrue();
                K8sObject cluster = find(objects, "Cluster", clusterName);
                assertThat(cluster).as(s.name() + " database cluster " + clusterName).isNotNull();
                String database = "bokvar_" + s.database();
                assertThat(config.path("BOKVAR_DB_NAME").asText()).isEqualTo(database);
                assertThat(cluster.spec().at("/bootstrap/initdb/database").asText()).isEqualTo(database);
                JsonNode env = find(objects, "Deployment", s.name()).tree().at("/spec/template/spec/containers/0/env");
                // the owner (Flyway) from the Secret the operator generates for the initdb owner
                assertThat(secretOf(env, "BOKVAR_DB_OWNER_USER")).isEqualTo(clusterName + "-app");
                assertThat(secretOf(env, "BOKVAR_DB_OWNER_PASSWORD")).isEqualTo(clusterName + "-app");
                // the runtime role: a managed role whose password Secret the pod reads
                String runtimeSecret = secretOf(env, "BOKVAR_DB_USER");
                assertThat(secretOf(env, "BOKVAR_DB_PASSWORD")).isEqualTo(runtimeSecret);
                assertThat(cluster.spec().at("/managed/roles").findValuesAsText("name"))
                        .contains(cluster.spec().at("/bootstrap/initdb/owner").asText() .replace("_owner", "_app"));
                assertThat(cluster.spec().at("/managed/roles/0/passwordSecret/name").asText()).isEqualTo(runtimeSecret);
                assertThat(cluster.spec().at("/managed/roles/0/login").asBoolean()).isTrue();
                assertThat(cluster.spec().path("enableSuperuserAccess").asBoolean(true)).isFalse();
            }
            assertThat(find(objects, "Cluster", "keycloak-db")).isNotNull();
            // no row values and no statements in any server's log (docs/operations.md, "Logs")
            for (K8sObject cluster : objects.stream().filter(o -> o.kind().equals("Cluster")).toList()) {
                JsonNode parameters = cluster.spec().at("/postgresql/parameters");
                assertThat(parameters.path("log_error_verbosity").asText()).as(cluster.name()).isEqualTo("terse");
                assertThat(parameters.path("log_min_error_statement").asText()).as(cluster.name()).isEqualTo("panic");
            }
            JsonNode keycloak = find(objects, "Keycloak", "keycloak").spec();
            assertThat(keycloak.at("/db/host").asText()).isEqualTo("keycloak-db-rw");
            assertThat(keycloak.at("/db/usernameSecret/name").asText()).isEqualTo("keycloak-db-app");
        }
        assertThat(find(Overlays.render("prod"), "Cluster", "intake-db").spec().path("instances").asInt()).isEqualTo(3);
    }

    /** The services find Keycloak and Kafka under the names the operators give them. */
    @Test
    void servicesPointAtTheOperatorsServices() {
        for (ServiceSpec s : Deployed.ALL) {
            JsonNode config = find(Overlays.render("prod"), "ConfigMap", s.name() + "-config").tree().path("data");
            assertThat(config.path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("bokvar-kafka-bootstrap:9092");
            assertThat(config.path("BOKVAR_OIDC_URL").asText()).isEqualTo("http://keycloak-service:8080/realms/bokvar");
            assertThat(config.path("BOKVAR_HTTP_PORT").asText()).isEqualTo("8080");
        }
        JsonNode keycloak = find(Overlays.render("prod"), "Keycloak", "keycloak").spec();
        assertThat(keycloak.at("/http/httpPort").asInt()).isEqualTo(8080);
        assertThat(keycloak.at("/hostname/backchannelDynamic").asBoolean()).isTrue();
    }

    private static String secretOf(JsonNode env, String name) {
        for (JsonNode e : env) {
            if (e.path("name").asText().equals(name)) {
                return e.at("/valueFrom/secretKeyRef/name").asText();
            }
        }
        return null;
    }
}
