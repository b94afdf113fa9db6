package se.bokvar.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokvar.contracts.Topic;
import se.bokvar.contracts.Topics;
import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.StackPorts;

/**
 * docker-compose.yml cannot run here (no Docker engine), so it is checked against what it must agree with: the
 * services it starts and what they read, the topics, the Keycloak realm and versions of the local stack, and the
 * ports of ./bokvar up (so the walkthrough runs against either).
 */
class ComposeFileTest {

    static final Set<String> INFRASTRUCTURE = Set.of("postgres", "kafka", "kafka-topics", "keycloak", "mailpit");

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() {
        // SnakeYAML itself: it resolves the file's anchors and merge keys (<<) as Docker Compose does
        Object doc = new Yaml(new LoaderOptions()).load(Repo.read(Repo.path("docker-compose.yml")));
        return (Map<String, Object>) doc;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) {
        Map<String, Object> s = (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
        assertThat(s).as("compose service " + name).isNotNull();
        return s;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(String name) {
        Map<String, String> env = new TreeMap<>();
        ((Map<String, Object>) service(name).getOrDefault("environment", Map.of()))
                .forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesAreTheInfrastructureAndTheDeployedApplications() {
        Set<String> expected = new TreeSet<>(INFRASTRUCTURE);
        Deployed.ALL.forEach(s -> expected.add(s.name()));
        assertThat(((Map<String, Object>) compose().get("services")).keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Every variable a service must have is set, and nothing it does not read. */
    @Test
    void environmentMatchesWhatEachServiceReads() {
        for (ServiceSpec s : Deployed.ALL) {
            Map<String, String> env = environment(s.name());
            assertThat(ServiceConfig.problems(s.name(), env.keySet(), "docker-compose.yml")).isEmpty();
            assertThat(env.get("BOKVAR_HTTP_PORT")).isEqualTo("8080");
            assertThat(env.get("BOKVAR_DB_NAME")).isEqualTo("bokvar_" + s.database());
            assertThat(env.get("BOKVAR_DB_HOST")).isEqualTo("postgres");
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            assertThat(env.get("BOKVAR_OIDC_URL")).isEqualTo("http://keycloak:8080/realms/bokvar");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesAreBuiltFromTheirDockerfileAndStartAfterTheirInfrastructure() {
        for (ServiceSpec s : Deployed.ALL) {
            Map<String, Object> svc = service(s.name());
            Map<String, Object> build = (Map<String, Object>) svc.get("build");
            assertThat(build.get("context")).isEqualTo("./" + s.name());
            assertThat(Repo.path(s.name()).resolve((String) build.get("dockerfile"))).isRegularFile();
            Map<String, Object> deps = (Map<String, Object>) svc.get("depends_on");
            assertThat(((Map<String, Object>) deps.get("postgres")).get("condition")).isEqualTo("service_healthy");
            assertThat(((Map<String, Object>) deps.get("keycloak")).get("condition")).isEqualTo("service_healthy");
            assertThat(((Map<String, Object>) deps.get("kafka-topics")).get("condition"))
                    .isEqualTo("service_completed_successfully");
            assertThat(String.valueOf(((Map<String, Object>) svc.get("healthcheck")).get("test")))
                    .contains("/q/health/ready");
        }
        for (String infra : List.of("postgres", "kafka", "keycloak")) {
            assertThat(service(infra)).containsKey("healthcheck");
        }
    }

    /**
     * The desk reaches case-service and consent-service by their compose names, signs in with the realm file's
     * client and its demo secret, sends the browser to the Keycloak address the browser reaches (KC_HOSTNAME, which
     * the realm's redirect URIs answer for the desk's host port), and mails to the mail catcher.
     */
    @Test
    @SuppressWarnings("unchecked")
    void deskReachesItsNeighboursAndTheBrowserReachesKeycloakAndTheDesk() {
        Map<String, String> env = environment(Deployed.DESK.name());
        assertThat(env.get("BOKVAR_CASES_URL")).isEqualTo("http://case-service:8080");
        assertThat(env.get("BOKVAR_CONSENT_URL")).isEqualTo("http://consent-service:8080");
        assertThat(env.get("BOKVAR_WEB_SECURE_COOKIES")).isEqualTo("false");
        String keycloakPublic = environment("keycloak").get("KC_HOSTNAME");
        assertThat(env.get("BOKVAR_OIDC_PUBLIC_URL")).isEqualTo(keycloakPublic + "/realms/bokvar");
        assertThat(environment("keycloak").get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC")).isEqualTo("true");

        JsonNode client = null;
        for (JsonNode c : RealmVariants.demoRealm().path("clients")) {
            if (c.path("clientId").asText().equals(RealmVariants.DESK_CLIENT)) {
                client = c;
            }
        }
        assertThat(client).as("realm client " + RealmVariants.DESK_CLIENT).isNotNull();
        assertThat(env.get("BOKVAR_WEB_CLIENT_ID")).isEqualTo(RealmVariants.DESK_CLIENT);
        assertThat(defaultOf(env.get("BOKVAR_WEB_CLIENT_SECRET"))).isEqualTo(client.path("secret").asText());
        int port = Deployed.DESK.port().of(StackPorts.defaults(0));
        List<String> redirects = new java.util.ArrayList<>();
        client.path("redirectUris").forEach(u -> redirects.add(u.asText()));
        assertThat(redirects).contains("http://127.0.0.1:" + port + "/*", "http://localhost:" + port + "/*");
        assertThat(env.get("BOKVAR_WEB_BASE_URL")).isEqualTo("http://127.0.0.1:" + port);
        assertThat(defaultOf(env.get("BOKVAR_WEB_SESSION_SECRET"))).hasSizeGreaterThanOrEqualTo(32);
        assertThat(Base64.getDecoder().decode(defaultOf(env.get("BOKVAR_WEB_CSRF_KEY")))).hasSizeGreaterThanOrEqualTo(32);

        Map<String, Object> deps = (Map<String, Object>) service(Deployed.DESK.name()).get("depends_on");
        for (String neighbour : List.of("case-service", "consent-service", env.get("BOKVAR_SMTP_HOST"))) {
            assertThat(((Map<String, Object>) deps.get(neighbour)).get("condition")).as(neighbour)
                    .isEqualTo("service_healthy");
        }
        // the mail catcher: a pinned image, healthy, its SMTP port the one the desk sends to
        Map<String, Object> mail = service(env.get("BOKVAR_SMTP_HOST"));
        assertThat(String.valueOf(mail.get("image"))).matches("[a-z0-9./-]+:v?\\d+\\.\\d+\\.\\d+");
        assertThat(mail).containsKey("healthcheck");
        assertThat(ports(env.get("BOKVAR_SMTP_HOST"))).anyMatch(p -> p.endsWith(":" + env.get("BOKVAR_SMTP_PORT")));
    }

    /** The value after {@code :-} of a {@code ${NAME:-default}} (the local default), else the value itself. */
    private static String defaultOf(String value) {
        Matcher m = Pattern.compile("^\\$\\{[A-Z0-9_]+:-(.*)}$").matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    /** Nothing listens beyond the host's loopback address. */
    @Test
    @SuppressWarnings("unchecked")
    void everyPublishedPortIsOnLoopback() {
        ((Map<String, Object>) compose().get("services")).forEach((name, svc) -> {
            for (Object port : (List<Object>) ((Map<String, Object>) svc).getOrDefault("ports", List.of())) {
                assertThat(String.valueOf(port)).as(name).startsWith("127.0.0.1:");
            }
        });
    }

    /** Same host ports as ./bokvar up: the walkthrough's defaults work against docker compose too. */
    @Test
    void hostPortsAreThoseOfTheLocalStack() {
        StackPorts ports = StackPorts.defaults(0);
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("postgres", ports.postgres());
        expected.put("kafka", ports.kafka());
        expected.put("keycloak", ports.keycloak());
        for (ServiceSpec s : Deployed.ALL) {
            expected.put(s.name(), s.port().of(ports));
        }
        expected.forEach((name, port) -> assertThat(ports(name)).as(name)
                .containsExactly("127.0.0.1:" + port + ":" + (name.equals("postgres") ? 5432
                        : name.equals("kafka") ? ports.kafka() : 8080)));
        assertThat(environment("keycloak").get("KC_HOSTNAME")).isEqualTo("http://localhost:" + ports.keycloak());
        assertThat(environment("kafka").get("KAFKA_ADVERTISED_LISTENERS")).contains("127.0.0.1:" + ports.kafka());
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(String name) {
        return ((List<Object>) service(name).get("ports")).stream().map(String::valueOf).toList();
    }

    /** Keycloak and Kafka of the same versions as the local stack, with the same realm file. */
    @Test
    @SuppressWarnings("unchecked")
    void infrastructureMatchesTheLocalStack() {
        assertThat(service("keycloak").get("image"))
                .isEqualTo("quay.io/keycloak/keycloak:" + System.getProperty("bokvar.keycloak.version"));
        assertThat(service("kafka").get("image")).isEqualTo("apache/kafka:" + System.getProperty("bokvar.kafka.version"));
        assertThat(service("kafka-topics").get("image")).isEqualTo(service("kafka").get("image"));
        List<String> volumes = (List<String>) service("keycloak").get("volumes");
        assertThat(volumes).contains("./config/keycloak/bokvar-realm.json:/opt/keycloak/data/import/bokvar-realm.json:ro");
        assertThat(RealmVariants.realmFile()).isRegularFile();
        assertThat(environment("kafka").get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        // the init script creates a database for every service
        String init = Repo.read(Repo.path("config/compose/postgres-init.sh"));
        assertThat(((List<String>) service("postgres").get("volumes")))
                .contains("./config/compose/postgres-init.sh:/docker-entrypoint-initdb.d/10-bokvar.sh:ro");
        Matcher loop = Pattern.compile("for db in ([a-z ]+); do").matcher(init);
        assertThat(loop.find()).isTrue();
        assertThat(Set.of(loop.group(1).trim().split(" +")))
                .containsExactlyInAnyOrderElementsOf(Deployed.ALL.stream().map(ServiceSpec::database).toList());
        for (ServiceSpec s : Deployed.ALL) {
            assertThat(environment(s.name()).get("BOKVAR_DB_USER")).isEqualTo(s.database() + "_app");
            assertThat(environment(s.name()).get("BOKVAR_DB_OWNER_USER")).isEqualTo(s.database() + "_owner");
        }
        assertThat(init).contains("\"${db}_owner\"", "\"${db}_app\"");
        // no row values and no statements in PostgreSQL's log, as in k8s (docs/operations.md, "Logs")
        assertThat((List<String>) service("postgres").get("command")).containsSubsequence("-c", "log_error_verbosity=terse")
                .containsSubsequence("-c", "log_min_error_statement=panic");
    }

    /** The topic job creates exactly the contracts' topics (local partitions) and the dead-letter topics. */
    @Test
    @SuppressWarnings("unchecked")
    void topicJobCreatesTheContractsTopics() {
        String script = String.join("\n", (List<String>) service("kafka-topics").get("command"));
        Map<String, Integer> created = new TreeMap<>();
        Matcher m = Pattern.compile("--topic (\\S+) --partitions (\\d+)").matcher(script);
        while (m.find()) {
            created.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        Map<String, Integer> expected = new TreeMap<>();
        for (Topic t : Topics.ALL) {
            expected.put(t.name(), t.localPartitions());
        }
        for (ServiceSpec s : Deployed.ALL) {
            ServiceConfig.deadLetterTopics(s.name()).forEach(t -> expected.put(t, 1));
        }
        assertThat(created).isEqualTo(expected);
    }

    @Test
    void noComposeFileElsewhere() throws Exception {
        assertThat(Files.exists(Repo.path("docker-compose.yaml"))).isFalse();
        assertThat(Files.exists(Repo.path("compose.yml"))).isFalse();
    }
}
