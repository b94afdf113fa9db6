package se.bokvar.local.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import se.bokvar.contracts.Topic;
import se.bokvar.local.process.AgentJar;
import se.bokvar.local.process.ManagedProcess;
import se.bokvar.local.process.Ports;

/**
 * A real Apache Kafka broker (KRaft, combined broker and controller) in its own JVM, from the jars the build
 * resolved (module infra-runtime). Listens on 127.0.0.1 only. Can be killed and restarted on the same ports and
 * log directory (fault injection).
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private final Path agentJar;
    private final String heap;
    private ManagedProcess process;
    private long pid = -1;

    private KafkaBroker(Path dir, int port, int controllerPort, Path agentJar, String heap) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.agentJar = agentJar;
        this.heap = heap;
    }

    /**
     * Formats the storage if needed and starts the broker.
     *
     * @param dir directory for configuration, data and the log file
     */
    public static KafkaBroker start(Path dir, int port, int controllerPort, Path agentJar, String heap)
            throws IOException, InterruptedException {
        KafkaBroker broker = new KafkaBroker(dir, port, controllerPort, agentJar, heap);
        broker.configure();
        broker.launch();
        return broker;
    }

    /**
     * A handle on a broker this JVM started earlier from another class loader (Quarkus test restarts): same
     * folder and ports, known only by its pid.
     */
    public static KafkaBroker existing(Path dir, int port, int controllerPort, Path agentJar, String heap, long pid) {
        KafkaBroker broker = new KafkaBroker(dir, port, controllerPort, agentJar, heap);
        broker.pid = pid;
        return broker;
    }

    public long pid() {
        return process != null ? process.pid() : pid;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dir() {
        return dir;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public ManagedProcess process() {
        return process;
    }

    private Path config() {
        return dir.resolve("server.properties");
    }

    private Path logFile() {
        return dir.resolve("kafka.log");
    }

    private void configure() throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("data"));
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("log.dirs", dir.resolve("data").toAbsolutePath().toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "10");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("log.retention.hours", "168");
        p.setProperty("log.segment.bytes", "67108864");
        try (var out = Files.newBufferedWriter(config(), StandardCharsets.UTF_8)) {
            p.store(out, "bokvar local Kafka broker (generated)");
        }
        Files.writeString(dir.resolve("log4j2.properties"), String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = warn",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                "logger.kafka.name = kafka",
                "logger.kafka.level = warn",
                "logger.server.name = kafka.server.KafkaRaftServer",
                "logger.server.level = info",
                ""), StandardCharsets.UTF_8);
        if (!Files.exists(dir.resolve("data").resolve("meta.properties"))) {
            List<String> format = javaCommand("kafka.tools.StorageTool");
            format.addAll(List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config().toString()));
            ManagedProcess formatter = ManagedProcess.start("kafka-storage-format", format, Map.of(), dir, logFile());
            int exit = formatter.waitFor(Duration.ofSeconds(60));
            if (exit != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed (exit " + exit + "):\n" + formatter.tail(20));
            }
        }
    }

    private List<String> javaCommand(String mainClass) {
        List<String> cmd = new ArrayList<>();
        cmd.add(JavaRuntimes.current().java().toString());
        cmd.add(heap);
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties").toAbsolutePath());
        cmd.add(AgentJar.jvmOption(agentJar));
        cmd.add("-cp");
        cmd.add(InfraRuntime.kafkaClasspath());
        cmd.add(mainClass);
        return cmd;
    }

    private void launch() throws IOException, InterruptedException {
        List<String> cmd = javaCommand("kafka.Kafka");
        cmd.add(config().toString());
        process = ManagedProcess.start("kafka", cmd, Map.of(), dir, logFile());
        awaitReady(Duration.ofSeconds(90));
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Kafka broker exited during startup. Last lines of "
                        + logFile() + ":\n" + process.tail(30));
            }
            if (Ports.isListening(port)) {
                try (Admin admin = admin()) {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    // not ready yet
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The Kafka broker was not ready within " + timeout.toSeconds() + " s. Last lines of "
                + logFile() + ":\n" + process.tail(30));
    }

    public Admin admin() {
        Properties p = new Properties();
        p.setProperty(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.setProperty(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.setProperty(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return Admin.create(p);
    }

    /** Creates the topics that do not exist yet, with their local partition counts. */
    public void createTopics(Collection<Topic> topics) throws InterruptedException {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), t.localPartitions(), (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Creating Kafka topics failed", e.getCause());
            }
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Creating Kafka topics timed out", e);
        }
    }

    /** SIGKILL, as a crash would (fault injection). */
    public void kill() {
        if (process != null) {
            process.kill();
        } else {
            ProcessHandle.of(pid).ifPresent(p -> {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.onExit().join();
            });
        }
    }

    /** Starts the broker again on the same ports and data (after {@link #kill()} or {@link #stop()}). */
    public void restart() throws IOException, InterruptedException {
        stop();
        launch();
    }

    public boolean isAlive() {
        return process != null ? process.isAlive() : ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        } else {
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroy();
                try {
                    p.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            });
        }
    }

    @Override
    public void close() {
        stop();
    }
}
