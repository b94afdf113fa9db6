package se.bokvar.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

    static final Set<String> INFRASTRUCTURE = Set.of("postgres", "kafka", "kafka-topics", "keycloak");

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
    void servicesAreTheInfrastructureAndTheFourServices() {
        Set<String> expected = new TreeSet<>(INFRASTRUCTURE);
        ServiceSpec.ALL.forEach(s -> expected.add(s.name()));
        assertThat(((Map<String, Object>) compose().get("services")).keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Every variable a service must have is set, and nothing it does not read. */
    @Test
    void environmentMatchesWhatEachServiceReads() {
        for (ServiceSpec s : ServiceSpec.ALL) {
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
        for (ServiceSpec s : ServiceSpec.ALL) {
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

    /** Same host ports as ./bokvar up: the walkthrough's defaults work against docker compose too. */
    @Test
    void hostPortsAreThoseOfTheLocalStack() {
        StackPorts ports = StackPorts.defaults(0);
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("postgres", ports.postgres());
        expected.put("kafka", ports.kafka());
        expected.put("keycloak", ports.keycloak());
        for (ServiceSpec s : ServiceSpec.ALL) {
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
                .containsExactlyInAnyOrderElementsOf(ServiceSpec.ALL.stream().map(ServiceSpec::database).toList());
        for (ServiceSpec s : ServiceSpec.ALL) {
            assertThat(environment(s.name()).get("BOKVAR_DB_USER")).isEqualTo(s.database() + "_app");
            assertThat(environment(s.name()).get("BOKVAR_DB_OWNER_USER")).isEqualTo(s.database() + "_owner");
        }
        assertThat(init).contains("\"${db}_owner\"", "\"${db}_app\"");
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
        for (ServiceSpec s : ServiceSpec.ALL) {
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
