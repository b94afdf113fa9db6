package se.bokvar.local.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL server (zonky binaries, run as a real server process) on 127.0.0.1. Connections from
 * other roles than the superuser need their password (scram-sha-256), as in production.
 */
public final class Postgres implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EmbeddedPostgres server;
    private final int port;
    private final Path dataDir;

    private Postgres(EmbeddedPostgres server, int port, Path dataDir) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts PostgreSQL.
     *
     * @param dataDir   the data directory; a cluster there is reused, an empty or missing one is created
     * @param workDir   where the binaries are unpacked (and the Unix socket lives)
     */
    public static Postgres start(Path dataDir, Path workDir, int port) throws IOException {
        Files.createDirectories(workDir);
        stopStalePostmaster(dataDir);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setOverrideWorkingDirectory(workDir.toFile())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                // the embedded server's default is synchronous_commit=off: a crash then loses the last commits, after
                // their receipts were given and their events published (found by ./bokvar faults with SIGKILL).
                // A receipt must mean the notice is on disk, so: PostgreSQL's own durable defaults.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("timezone", "Europe/Stockholm")
                .setServerConfig("password_encryption", "scram-sha-256")
                // the server's own log, in a file the personal-data scan reads (docs/operations.md). An error's DETAIL
                // quotes the row's values ("Key (personal_identity_number)=(...) already exists"), and a failed
                // statement would be quoted too: terse errors, and no statements, keep personal data out of it
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", "log")
                .setServerConfig("log_filename", LOG_FILE)
                .setServerConfig("log_rotation_age", "0")
                .setServerConfig("log_error_verbosity", "terse")
                .setServerConfig("log_min_error_statement", "panic")
                .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()))
                .start();
        return new Postgres(server, port, dataDir);
    }

    /** The server log's file name, in {@code log/} of the data directory. */
    static final String LOG_FILE = "postgresql.log";

    /** The server's log (errors and warnings, terse: no row values, no statements). */
    public Path logFile() {
        return logFile(dataDir);
    }

    /** The log of a server whose data directory is {@code dataDir}. */
    public static Path logFile(Path dataDir) {
        return dataDir.resolve("log").resolve(LOG_FILE);
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    public Path dataDir() {
        return dataDir;
    }

    public String superuserJdbcUrl(String database) {
        return superuserJdbcUrl(port, database);
    }

    public static String superuserJdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
    }

    /** The pid of the postmaster (for memory figures). */
    public long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * Creates (or updates) a service's database, its owner and runtime roles, with fresh random passwords.
     * Idempotent: on a kept data directory it only resets the passwords.
     */
    public ServiceDatabase ensureDatabase(String service) throws SQLException {
        return ensureDatabase(port, service);
    }

    /** As {@link #ensureDatabase(String)}, for a server on this port started elsewhere (same machine). */
    public static ServiceDatabase ensureDatabase(int port, String service) throws SQLException {
        String database = "bokvar_" + service;
        String owner = database + "_owner";
        String app = database + "_app";
        String ownerPassword = randomPassword();
        String appPassword = randomPassword();
        try (Connection c = DriverManager.getConnection(superuserJdbcUrl(port, "postgres"))) {
            ensureRole(c, owner, ownerPassword);
            ensureRole(c, app, appPassword);
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            try (Statement s = c.createStatement()) {
                if (!exists) {
                    s.execute("create database " + database + " owner " + owner + " encoding 'UTF8' template template0");
                }
                s.execute("revoke all on database " + database + " from public");
                s.execute("grant connect, temporary on database " + database + " to " + app);
            }
        }
        try (Connection c = DriverManager.getConnection(superuserJdbcUrl(port, database)); Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + owner);
            s.execute("revoke create on schema public from public");
            s.execute("grant usage on schema public to " + app);
        }
        return new ServiceDatabase("127.0.0.1", port, database, owner, ownerPassword, app, appPassword);
    }

    /** Runs SQL as the superuser (tests, benchmarks). */
    public void execute(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(superuserJdbcUrl(database)); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void ensureRole(Connection c, String role, String password) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then create role "
                    + role + " login nosuperuser nocreatedb nocreaterole; end if; end $$");
            s.execute("alter role " + role + " with login password '" + password + "'");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void writeHba(Path dir) {
        try {
            Files.writeString(dir.resolve("pg_hba.conf"), String.join("\n", List.of(
                    "# bokvar local stack: loopback only; the superuser is trusted, every other role needs its password",
                    "local   all  all                    trust",
                    "host    all  " + SUPERUSER + "  127.0.0.1/32  trust",
                    "host    all  all       127.0.0.1/32  scram-sha-256",
                    "")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A postmaster left over from a launcher that was killed: stop it, or the new one cannot start. */
    private static void stopStalePostmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(cmd -> cmd.endsWith("postgres")).orElse(false))
                    .ifPresent(p -> {
                        System.out.println("Stopping a PostgreSQL left running by an earlier run (pid " + pid + ")");
                        try {
                            new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
                            p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (Exception e) {
                            p.destroyForcibly();
                        }
                    });
        } catch (IOException | RuntimeException e) {
            // no usable pid file: PostgreSQL itself will complain if something is wrong
        }
    }

    /**
     * After the server was killed: removes its stale pid file (so that nothing signals a process that may since have
     * taken the pid) and releases the embedded server's lock on the data directory, so that {@link #start} can run
     * the crash recovery in the same JVM.
     */
    public void releaseAfterCrash() {
        try {
            Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
            server.close(); // pg_ctl stop finds no server and says so; the data-directory lock is released
        } catch (IOException | RuntimeException e) {
            // nothing was running to stop
        }
    }

    /** Stops the server (fast shutdown). */
    @Override
    public void close() throws IOException {
        server.close();
    }

    /** Stops and starts the server on the same port and data directory (fault injection). */
    public Postgres restart(Path workDir) throws IOException {
        server.close();
        return start(dataDir, workDir, port);
    }
}
