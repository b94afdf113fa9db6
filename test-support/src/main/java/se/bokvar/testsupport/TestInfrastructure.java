package se.bokvar.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import se.bokvar.contracts.Topics;
import se.bokvar.local.infra.KafkaBroker;
import se.bokvar.local.infra.Postgres;
import se.bokvar.local.infra.ServiceDatabase;
import se.bokvar.local.process.AgentJar;
import se.bokvar.local.process.Ports;

/**
 * One embedded PostgreSQL and one Kafka broker per test JVM, started on first use and stopped when the JVM ends.
 * <p>
 * Quarkus loads test resources in a fresh class loader whenever the application restarts for another test
 * profile, so static fields do not survive: what is running is recorded as plain strings in the system
 * properties (shared by every class loader; libraries expect only strings there), and every class loader
 * rebuilds its handles from them.
 */
public final class TestInfrastructure {

    static final String PREFIX = "bokvar.test.infra.";
    private static final String KAFKA_HEAP = "-Xmx384m";

    private TestInfrastructure() {
    }

    /** Starts PostgreSQL and Kafka unless this JVM already did. */
    public static void ensureStarted() {
        synchronized (System.getProperties()) {
            if (System.getProperty(PREFIX + "pg.port") != null) {
                return;
            }
            try {
                Path root = Files.createTempDirectory("bokvar-test-infra");
                Path agent = AgentJar.ensure(root);
                int pgPort = Ports.freePort();
                Postgres pg = Postgres.start(root.resolve("pg"), root.resolve("pg-bin"), pgPort);
                KafkaBroker kafka = KafkaBroker.start(root.resolve("kafka"), Ports.freePort(), Ports.freePort(), agent, KAFKA_HEAP);
                kafka.createTopics(Topics.ALL);
                System.setProperty(PREFIX + "root", root.toString());
                System.setProperty(PREFIX + "agent", agent.toString());
                System.setProperty(PREFIX + "pg.port", Integer.toString(pgPort));
                System.setProperty(PREFIX + "kafka.port", Integer.toString(kafka.port()));
                System.setProperty(PREFIX + "kafka.controller", Integer.toString(kafka.controllerPort()));
                System.setProperty(PREFIX + "kafka.pid", Long.toString(kafka.pid()));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    kafka().stop();
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // the JVM is ending
                    }
                    deleteQuietly(root);
                }, "bokvar-test-infra-stop"));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the test infrastructure", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static String kafkaBootstrapServers() {
        ensureStarted();
        return "127.0.0.1:" + System.getProperty(PREFIX + "kafka.port");
    }

    public static int postgresPort() {
        ensureStarted();
        return Integer.parseInt(System.getProperty(PREFIX + "pg.port"));
    }

    /** The service's database (created once per JVM and service; later calls return the same credentials). */
    public static ServiceDatabase database(String service) {
        ensureStarted();
        synchronized (System.getProperties()) {
            String key = PREFIX + "db." + service + ".";
            if (System.getProperty(key + "database") == null) {
                try {
                    ServiceDatabase db = Postgres.ensureDatabase(postgresPort(), service);
                    System.setProperty(key + "database", db.database());
                    System.setProperty(key + "ownerUser", db.ownerUser());
                    System.setProperty(key + "ownerPassword", db.ownerPassword());
                    System.setProperty(key + "appUser", db.appUser());
                    System.setProperty(key + "appPassword", db.appPassword());
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot create the test database for " + service, e);
                }
            }
            return new ServiceDatabase("127.0.0.1", postgresPort(), System.getProperty(key + "database"),
                    System.getProperty(key + "ownerUser"), System.getProperty(key + "ownerPassword"),
                    System.getProperty(key + "appUser"), System.getProperty(key + "appPassword"));
        }
    }

    /** The JDBC URL for the superuser on a database (test assertions on tables). */
    public static String superuserJdbcUrl(String database) {
        return Postgres.superuserJdbcUrl(postgresPort(), database);
    }

    /** SIGKILLs the broker (fault tests). */
    public static void killKafka() {
        kafka().kill();
    }

    /** Starts the broker again on the same port and data, and waits until it is ready. */
    public static void startKafka() {
        KafkaBroker kafka = kafka();
        try {
            kafka.restart();
        } catch (IOException e) {
            throw new IllegalStateException("restarting Kafka failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        System.setProperty(PREFIX + "kafka.pid", Long.toString(kafka.pid()));
    }

    private static KafkaBroker kafka() {
        ensureStarted();
        Path root = Path.of(System.getProperty(PREFIX + "root"));
        return KafkaBroker.existing(root.resolve("kafka"), Integer.parseInt(System.getProperty(PREFIX + "kafka.port")),
                Integer.parseInt(System.getProperty(PREFIX + "kafka.controller")), Path.of(System.getProperty(PREFIX + "agent")),
                KAFKA_HEAP, Long.parseLong(System.getProperty(PREFIX + "kafka.pid")));
    }

    private static void deleteQuietly(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }
}
