package se.bokvar.local.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import se.bokvar.contracts.Topics;
import se.bokvar.local.infra.JavaRuntimes;
import se.bokvar.local.infra.KafkaBroker;
import se.bokvar.local.infra.Keycloak;
import se.bokvar.local.infra.LocalMail;
import se.bokvar.local.infra.Postgres;
import se.bokvar.local.infra.ServiceDatabase;
import se.bokvar.local.process.AgentJar;
import se.bokvar.local.process.Http;
import se.bokvar.local.process.ManagedProcess;
import se.bokvar.local.process.Ports;

/**
 * The whole platform on one machine: PostgreSQL, Kafka, Keycloak and the services, started in order and stopped
 * in reverse. Used by {@code ./bokvar up} and by the system tests.
 */
public final class Stack implements AutoCloseable {

    /**
     * How to run a stack.
     *
     * @param repositoryRoot  the checkout (service jars are found under it)
     * @param dataDir         PostgreSQL and Kafka data, logs, run files
     * @param keycloakParent  where the Keycloak distribution is unpacked (kept between runs)
     * @param ports           the loopback ports
     * @param fresh           delete the data folder first
     * @param services        which services to start
     * @param out             progress messages
     * @param serviceEnv      extra environment for every service (tests: shorter timeouts, clocks)
     * @param webApps         the web applications to start after the services (e.g. {@link ServiceSpec#CASEWORKER_WEB})
     */
    public record Options(Path repositoryRoot, Path dataDir, Path keycloakParent, StackPorts ports, boolean fresh,
            List<ServiceSpec> services, PrintStream out, Map<String, String> serviceEnv, List<ServiceSpec> webApps) {

        /** Without web applications. */
        public Options(Path repositoryRoot, Path dataDir, Path keycloakParent, StackPorts ports, boolean fresh,
                List<ServiceSpec> services, PrintStream out, Map<String, String> serviceEnv) {
            this(repositoryRoot, dataDir, keycloakParent, ports, fresh, services, out, serviceEnv, List.of());
        }
    }

    /** The local demo secret of the desk's client bokvar-web in the realm file. */
    static final String WEB_CLIENT_DEMO_SECRET = "bokvar-web-demo-secret";

    private final Options options;
    private Postgres postgres;
    private KafkaBroker kafka;
    private Keycloak keycloak;
    private final Map<ServiceSpec, ManagedProcess> services = new LinkedHashMap<>();
    private final Map<ServiceSpec, ServiceDatabase> databases = new LinkedHashMap<>();
    private final Map<ServiceSpec, ManagedProcess> webApps = new LinkedHashMap<>();
    private ManagedProcess simulator;
    private LocalMail mail;
    private String tenancySecret;
    private Path agentJar;
    private boolean closed;

    private Stack(Options options) {
        this.options = options;
    }

    public static Stack start(Options options) throws Exception {
        Stack stack = new Stack(options);
        try {
            stack.startAll();
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** Throws {@link PortsInUseException} naming every port that is taken. */
    public static void checkPortsFree(StackPorts ports) {
        List<String> busy = new ArrayList<>();
        ports.described().forEach((what, port) -> {
            if (!Ports.isFree(port)) {
                busy.add(String.format("  %5d  %s", port, what));
            }
        });
        if (!busy.isEmpty()) {
            throw new PortsInUseException(busy);
        }
    }

    private void startAll() throws Exception {
        PrintStream out = options.out();
        StackPorts ports = options.ports();
        checkPortsFree(ports);
        List<ServiceSpec> runnable = new ArrayList<>(withSimulator());
        runnable.addAll(options.webApps());
        for (ServiceSpec spec : runnable) {
            if (!Files.isRegularFile(spec.jar(options.repositoryRoot()))) {
                throw new IllegalStateException(spec.name() + " is not built (" + spec.jar(options.repositoryRoot())
                        + " is missing). Build with: ./mvnw -DskipTests package");
            }
        }
        Path data = options.dataDir();
        if (options.fresh() && Files.isDirectory(data)) {
            try (var entries = Files.list(data)) {
                for (Path entry : entries.toList()) {
                    String name = entry.getFileName().toString();
                    if (!name.equals(".lock") && !name.equals("run")) {
                        deleteTree(entry);
                    }
                }
            }
        }
        Files.createDirectories(data.resolve("logs"));
        agentJar = AgentJar.ensure(data.resolve("run"));
        tenancySecret = secret(data.resolve("secrets/tenancy-key"));

        long t0 = System.nanoTime();
        JavaRuntimes.JavaRuntime keycloakJava = JavaRuntimes.newestAtLeast(Keycloak.SUPPORTED_JAVA).orElseGet(() -> {
            out.println("WARNING: Keycloak " + "26 supports Java " + Keycloak.SUPPORTED_JAVA + " and newer, but only Java "
                    + JavaRuntimes.current().feature() + " was found (set BOKVAR_KEYCLOAK_JAVA_HOME to a JDK 21+)."
                    + " Starting it on Java " + JavaRuntimes.current().feature() + " anyway; it usually works for development.");
            return JavaRuntimes.current();
        });
        CompletableFuture<Keycloak> keycloakStart = CompletableFuture.supplyAsync(() -> {
            try (InputStream realm = realmJson()) {
                Path home = Keycloak.ensureDistribution(options.keycloakParent());
                return Keycloak.start(home, ports.keycloak(), ports.keycloakManagement(), realm, keycloakJava,
                        data.resolve("logs/keycloak.log"), agentJar, Duration.ofSeconds(240));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });

        postgres = Postgres.start(data.resolve("postgres"), data.resolve("postgres-bin"), ports.postgres());
        for (ServiceSpec spec : options.services()) {
            databases.put(spec, postgres.ensureDatabase(spec.database()));
        }
        for (ServiceSpec spec : options.webApps()) {
            if (spec.database() != null) {
                databases.put(spec, postgres.ensureDatabase(spec.database()));
            }
        }
        out.printf("  PostgreSQL %-28s ready after %5.1f s%n", "127.0.0.1:" + ports.postgres(), secondsSince(t0));

        kafka = KafkaBroker.start(data.resolve("kafka"), ports.kafka(), ports.kafkaController(), agentJar, "-Xmx512m");
        kafka.createTopics(Topics.ALL);
        out.printf("  Kafka      %-28s ready after %5.1f s%n", kafka.bootstrapServers(), secondsSince(t0));

        try {
            keycloak = keycloakStart.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
        out.printf("  Keycloak   %-28s ready after %5.1f s (Java %d)%n", keycloak.baseUrl(), secondsSince(t0),
                keycloak.java().feature());

        if (startsSimulator()) {
            // Kronofogden and the letter channel, simulated: up before the adapter that delivers to it
            simulator = launchSimulator();
            Http.await(ServiceSpec.SIMULATOR.name(), url(ServiceSpec.SIMULATOR) + "/q/health/ready", r -> r.statusCode() == 200,
                    Duration.ofSeconds(120), simulator);
            out.printf("  %-10.10s %-28s ready after %5.1f s%n", "kfm-sim", url(ServiceSpec.SIMULATOR), secondsSince(t0));
        }
        for (ServiceSpec spec : options.services()) {
            services.put(spec, launch(spec));
        }
        for (ServiceSpec spec : options.services()) {
            awaitHealthy(spec);
            out.printf("  %-10.10s %-28s ready after %5.1f s%n", shortName(spec), url(spec), secondsSince(t0));
        }
        if (!options.webApps().isEmpty()) {
            mail = LocalMail.start(ports.smtp(), ports.mailPage());
            out.printf("  Mail       %-28s ready after %5.1f s (read at %s)%n", "smtp 127.0.0.1:" + ports.smtp(),
                    secondsSince(t0), mailPageUrl());
        }
        for (ServiceSpec spec : options.webApps()) {
            webApps.put(spec, launchWebApp(spec));
        }
        for (ServiceSpec spec : options.webApps()) {
            Http.await(spec.name(), url(spec) + "/q/health/ready", r -> r.statusCode() == 200, readyTimeout(),
                    webApps.get(spec));
            out.printf("  %-10.10s %-28s ready after %5.1f s%n", shortName(spec), url(spec), secondsSince(t0));
        }
    }

    private ManagedProcess launchWebApp(ServiceSpec spec) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(JavaRuntimes.current().java().toString());
        // a backend-for-frontend holds no data: a small heap and code cache keep its RSS under 300 MiB (bench web)
        String opts = System.getenv().getOrDefault("BOKVAR_SERVICE_JAVA_OPTS",
                "-Xms32m -Xmx144m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m");
        cmd.addAll(List.of(opts.trim().split("\\s+")));
        cmd.add("-Duser.timezone=Europe/Stockholm");
        cmd.add(AgentJar.jvmOption(agentJar));
        cmd.add("-jar");
        cmd.add(spec.jar(options.repositoryRoot()).toString());
        return ManagedProcess.start(spec.name(), cmd, webAppEnvironment(spec), options.repositoryRoot(), logFile(spec));
    }

    /**
     * A web application's environment: where it listens, the realm and its confidential client, its session and
     * CSRF secrets (made once and kept in the data folder, so sessions survive a restart), case-service. Cookies
     * without {@code Secure}: the local stack serves plain http on the loopback address.
     */
    public Map<String, String> webAppEnvironment(ServiceSpec spec) throws IOException {
        Path data = options.dataDir();
        Map<String, String> env = new HashMap<>();
        env.put("BOKVAR_HTTP_HOST", "127.0.0.1");
        env.put("BOKVAR_HTTP_PORT", Integer.toString(spec.port().of(options.ports())));
        env.put("BOKVAR_OIDC_URL", keycloak.realmUrl());
        env.put("BOKVAR_WEB_CLIENT_ID", "bokvar-web");
        env.put("BOKVAR_WEB_CLIENT_SECRET", WEB_CLIENT_DEMO_SECRET);
        env.put("BOKVAR_WEB_SESSION_SECRET", secret(data.resolve("secrets/web-session")));
        env.put("BOKVAR_WEB_CSRF_KEY", java.util.Base64.getEncoder().encodeToString(
                HexFormat.of().parseHex(secret(data.resolve("secrets/web-csrf")))));
        env.put("BOKVAR_WEB_SECURE_COOKIES", "false");
        env.put("MALLOC_ARENA_MAX", "2"); // the C library's arenas for the JVM's threads: RSS ~10 % lower (bench web)
        env.put("BOKVAR_CASES_URL", "http://127.0.0.1:" + options.ports().cases());
        env.put("BOKVAR_CONSENT_URL", "http://127.0.0.1:" + options.ports().consent());
        env.put("BOKVAR_WEB_BASE_URL", url(spec));
        ServiceDatabase db = databases.get(spec);
        if (db != null) {
            // the desk's own database (its alert e-mails), Kafka (the deadline alerts) and the local mail server
            env.putAll(db.environment());
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            env.putAll(mail.environment());
        }
        env.putAll(options.serviceEnv());
        return env;
    }

    /** Where a person reads what the local mail server received (the desk's alert e-mails). */
    public String mailPageUrl() {
        return "http://127.0.0.1:" + options.ports().mailPage() + "/";
    }

    /** The local mail server, while web applications run (else null). */
    public LocalMail mail() {
        return mail;
    }

    /** The simulator runs whenever the adapter does (the adapter delivers to it). */
    private boolean startsSimulator() {
        return options.services().contains(ServiceSpec.ADAPTER);
    }

    private List<ServiceSpec> withSimulator() {
        List<ServiceSpec> all = new ArrayList<>(options.services());
        if (startsSimulator()) {
            all.add(ServiceSpec.SIMULATOR);
        }
        return all;
    }

    private ManagedProcess launchSimulator() throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(JavaRuntimes.current().java().toString());
        cmd.addAll(List.of("-Xms32m", "-Xmx128m", "-XX:+UseSerialGC", "-Duser.timezone=Europe/Stockholm"));
        cmd.add(AgentJar.jvmOption(agentJar));
        cmd.add("-jar");
        cmd.add(ServiceSpec.SIMULATOR.jar(options.repositoryRoot()).toString());
        return ManagedProcess.start(ServiceSpec.SIMULATOR.name(), cmd, simulatorEnvironment(), options.repositoryRoot(),
                logFile(ServiceSpec.SIMULATOR));
    }

    /** The simulator's environment: where it listens, the adapter and Keycloak it sends to, the keys it checks. */
    public Map<String, String> simulatorEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("BOKVAR_HTTP_HOST", "127.0.0.1");
        env.put("BOKVAR_HTTP_PORT", Integer.toString(options.ports().simulator()));
        env.put("BOKVAR_ADAPTER_URL", url(ServiceSpec.ADAPTER));
        env.put("BOKVAR_OIDC_URL", keycloak.realmUrl());
        env.put("BOKVAR_KRONOFOGDEN_CLIENT_ID", "kronofogden");
        env.put("BOKVAR_KRONOFOGDEN_CLIENT_SECRET", "kronofogden-demo-secret");
        env.put("BOKVAR_KRONOFOGDEN_API_KEY", SIMULATOR_KRONOFOGDEN_API_KEY);
        env.put("BOKVAR_LETTER_CHANNEL_API_KEY", SIMULATOR_LETTER_CHANNEL_API_KEY);
        env.putAll(options.serviceEnv());
        return env;
    }

    /** The simulator's API keys (local demo values; production sets the real ones). */
    static final String SIMULATOR_KRONOFOGDEN_API_KEY = "kronofogden-simulator-demo-key";
    static final String SIMULATOR_LETTER_CHANNEL_API_KEY = "letter-channel-simulator-demo-key";

    private static String shortName(ServiceSpec spec) {
        return spec.name().replace("-service", "").replace("notice-", "");
    }

    /**
     * The services' JVM options unless {@code BOKVAR_SERVICE_JAVA_OPTS} sets others. The native-heap trim came with
     * JDK 17.0.9 and 21.0.1: an older JDK ignores it rather than refusing to start.
     */
    static final String SERVICE_JAVA_OPTS = "-Xms32m -Xmx384m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10"
            + " -XX:MaxHeapFreeRatio=30 -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=5000";

    private ManagedProcess launch(ServiceSpec spec) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(JavaRuntimes.current().java().toString());
        // 384 MiB: with 192 case-service's RSS under a flood fell from 667 to ~400 MiB (docs/benchmarks.md), but the
        // fault drill's catch-up after a Kafka restart slowed on the loaded CI machine, so the maximum stays. The heap
        // is kept near its live size instead (free ratios) and the C library's freed memory returned every 5 s
        // (the compilers' arenas): the services' RSS under the intake benchmark fell by 10-45 MiB each (issue 14)
        String opts = System.getenv().getOrDefault("BOKVAR_SERVICE_JAVA_OPTS", SERVICE_JAVA_OPTS);
        cmd.addAll(List.of(opts.trim().split("\\s+")));
        cmd.add("-Duser.timezone=Europe/Stockholm");
        cmd.add(AgentJar.jvmOption(agentJar));
        cmd.add("-jar");
        cmd.add(spec.jar(options.repositoryRoot()).toString());
        return ManagedProcess.start(spec.name(), cmd, serviceEnvironment(spec), options.repositoryRoot(),
                options.dataDir().resolve("logs/" + spec.name() + ".log"));
    }

    /** The environment a service reads (the same variables docker-compose and Kubernetes set). */
    public Map<String, String> serviceEnvironment(ServiceSpec spec) {
        ServiceDatabase db = databases.get(spec);
        StackPorts ports = options.ports();
        Map<String, String> env = new HashMap<>();
        env.put("BOKVAR_HTTP_HOST", "127.0.0.1");
        env.put("BOKVAR_HTTP_PORT", Integer.toString(spec.port().of(ports)));
        env.put("MALLOC_ARENA_MAX", "2");
        env.putAll(db.environment());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("BOKVAR_OIDC_URL", keycloak.realmUrl());
        env.put("BOKVAR_TENANCY_KEY_SECRET", tenancySecret);
        env.put("BOKVAR_CONSENT_URL", "http://127.0.0.1:" + ports.consent());
        env.put("BOKVAR_KRONOFOGDEN_URL", "http://127.0.0.1:" + ports.simulator() + "/kronofogden");
        env.put("BOKVAR_KRONOFOGDEN_API_KEY", SIMULATOR_KRONOFOGDEN_API_KEY);
        env.put("BOKVAR_LETTER_CHANNEL_URL", "http://127.0.0.1:" + ports.simulator() + "/letter-channel");
        env.put("BOKVAR_LETTER_CHANNEL_API_KEY", SIMULATOR_LETTER_CHANNEL_API_KEY);
        env.putAll(options.serviceEnv());
        return env;
    }

    private void awaitHealthy(ServiceSpec spec) throws InterruptedException {
        Http.await(spec.name(), url(spec) + "/q/health/ready", r -> r.statusCode() == 200, readyTimeout(),
                services.get(spec));
    }

    /**
     * How long a service may take to become ready: 120 s, or the system property {@code bokvar.ready-timeout}
     * (seconds), for a machine busy with other work.
     */
    static Duration readyTimeout() {
        return Duration.ofSeconds(Long.getLong("bokvar.ready-timeout", 120));
    }

    public String url(ServiceSpec spec) {
        return "http://127.0.0.1:" + spec.port().of(options.ports());
    }

    public Postgres postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public Keycloak keycloak() {
        return keycloak;
    }

    public StackPorts ports() {
        return options.ports();
    }

    public ServiceDatabase database(ServiceSpec spec) {
        return databases.get(spec);
    }

    public ManagedProcess service(ServiceSpec spec) {
        if (webApps.containsKey(spec)) {
            return webApps.get(spec);
        }
        return spec == ServiceSpec.SIMULATOR ? simulator : services.get(spec);
    }

    public Path logFile(ServiceSpec spec) {
        return options.dataDir().resolve("logs/" + spec.name() + ".log");
    }

    /** Every log file the stack's processes write (for the personal-data scan). */
    public List<Path> logFiles() {
        List<Path> files = new ArrayList<>();
        files.add(options.dataDir().resolve("logs/keycloak.log"));
        files.add(options.dataDir().resolve("kafka/kafka.log"));
        files.add(Postgres.logFile(options.dataDir().resolve("postgres")));
        options.services().forEach(s -> files.add(logFile(s)));
        if (startsSimulator()) {
            files.add(logFile(ServiceSpec.SIMULATOR));
        }
        options.webApps().forEach(s -> files.add(logFile(s)));
        return files;
    }

    /** SIGKILLs a service (fault injection). */
    public void killService(ServiceSpec spec) {
        services.get(spec).kill();
    }

    /** Starts a stopped or killed service again and waits until it is ready. */
    public void restartService(ServiceSpec spec) throws IOException, InterruptedException {
        ManagedProcess old = services.get(spec);
        if (old != null && old.isAlive()) {
            old.stop(Duration.ofSeconds(20));
        }
        services.put(spec, launch(spec));
        awaitHealthy(spec);
    }

    /**
     * Restarts PostgreSQL (fault injection): {@link #stopPostgres()}, then after {@code downtime}
     * {@link #startPostgres()}. The services are not told: their connection pools must reconnect by themselves.
     */
    public void restartPostgres(Duration downtime) throws IOException, InterruptedException {
        stopPostgres();
        if (!downtime.isZero() && !downtime.isNegative()) {
            Thread.sleep(downtime.toMillis());
        }
        startPostgres();
    }

    /**
     * Stops PostgreSQL with a fast shutdown (fault injection): every open connection is cut and new ones are refused,
     * as the services see a crashed or restarting database server.
     */
    public void stopPostgres() throws IOException {
        postgres.close();
    }

    /**
     * Kills PostgreSQL with SIGKILL (fault injection): the postmaster and every backend at once, as a machine or
     * container crash would, with no shutdown checkpoint. {@link #startPostgres()} then runs crash recovery from the
     * write-ahead log. Returns once every killed process is gone.
     */
    public void killPostgres() throws InterruptedException {
        long pid = postgres.postmasterPid();
        java.util.List<ProcessHandle> tree = new java.util.ArrayList<>();
        ProcessHandle.of(pid).ifPresent(p -> {
            tree.addAll(p.descendants().toList());
            tree.add(p);
        });
        if (tree.isEmpty()) {
            throw new IllegalStateException("no PostgreSQL process to kill (pid file says " + pid + ")");
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("PostgreSQL process " + p.pid() + " did not die", e);
            }
        }
        postgres.releaseAfterCrash();
    }

    /** Starts PostgreSQL again on the same port and data directory after {@link #stopPostgres()}. */
    public void startPostgres() throws IOException {
        postgres = Postgres.start(postgres.dataDir(), options.dataDir().resolve("postgres-bin"), options.ports().postgres());
    }

    /** Resident memory per process in MiB (Linux /proc), including children such as Keycloak's JVM. */
    public Map<String, Long> residentMemoryMiB() {
        Map<String, Long> rss = new LinkedHashMap<>();
        rss.put("postgresql (all backends)", ResidentMemory.ofTree(postgres.postmasterPid()));
        rss.put("kafka", ResidentMemory.of(kafka.process().pids()));
        rss.put("keycloak", ResidentMemory.of(keycloak.process().pids()));
        services.forEach((spec, p) -> rss.put(spec.name(), ResidentMemory.of(p.pids())));
        webApps.forEach((spec, p) -> rss.put(spec.name(), ResidentMemory.of(p.pids())));
        if (simulator != null) {
            rss.put(ServiceSpec.SIMULATOR.name() + " (test infrastructure)", ResidentMemory.of(simulator.pids()));
        }
        return rss;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        webApps.values().parallelStream().forEach(p -> p.stop(Duration.ofSeconds(20)));
        if (mail != null) {
            mail.close();
        }
        List<ServiceSpec> reverse = new ArrayList<>(services.keySet());
        java.util.Collections.reverse(reverse);
        reverse.parallelStream().forEach(spec -> services.get(spec).stop(Duration.ofSeconds(20)));
        if (simulator != null) {
            simulator.stop(Duration.ofSeconds(10));
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                options.out().println("Stopping PostgreSQL failed: " + e.getMessage());
            }
        }
    }

    private InputStream realmJson() {
        InputStream in = Stack.class.getClassLoader().getResourceAsStream("se/bokvar/local/keycloak/bokvar-realm.json");
        if (in == null) {
            throw new IllegalStateException("the realm file se/bokvar/local/keycloak/bokvar-realm.json is not on the classpath");
        }
        return in;
    }

    private static String secret(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        Files.createDirectories(file.getParent());
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        Files.writeString(file, secret, StandardCharsets.UTF_8);
        return secret;
    }

    private static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Some of the stack's ports are taken. */
    public static final class PortsInUseException extends RuntimeException {
        private final List<String> busy;

        PortsInUseException(List<String> busy) {
            super("These ports are in use:\n" + String.join("\n", busy));
            this.busy = List.copyOf(busy);
        }

        public List<String> busy() {
            return busy;
        }
    }
}
