package se.bokvar.local.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import se.bokvar.local.process.AgentJar;
import se.bokvar.local.process.Http;
import se.bokvar.local.process.ManagedProcess;

/**
 * A real Keycloak from its Maven distribution, in development mode with an in-memory database, importing the
 * platform's realm file on every start (so the repository's realm is always what runs). Listens on 127.0.0.1;
 * the issuer is fixed to {@code http://127.0.0.1:<port>/realms/bokvar}.
 */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "bokvar";
    /** Keycloak 26 supports Java 21 and newer. */
    public static final int SUPPORTED_JAVA = 21;

    private final int port;
    private final ManagedProcess process;
    private final JavaRuntimes.JavaRuntime java;

    private Keycloak(int port, ManagedProcess process, JavaRuntimes.JavaRuntime java) {
        this.port = port;
        this.process = process;
        this.java = java;
    }

    /** Unpacks the distribution into {@code parent/keycloak-<version>} unless it is there already. */
    public static Path ensureDistribution(Path parent) throws IOException {
        String version = InfraRuntime.keycloakVersion();
        Path home = parent.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin/kc.sh")) && Files.exists(home.resolve(".bokvar-unpacked"))) {
            return home;
        }
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "unpack");
        try (InputStream in = Files.newInputStream(InfraRuntime.keycloakZip()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Path target = tmp.resolve(e.getName()).normalize();
                if (!target.startsWith(tmp)) {
                    throw new IOException("bad zip entry " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path unpacked = tmp.resolve("keycloak-" + version);
        try (var scripts = Files.list(unpacked.resolve("bin"))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        if (Files.exists(home)) {
            deleteTree(home);
        }
        Files.move(unpacked, home);
        deleteTree(tmp);
        Files.writeString(home.resolve(".bokvar-unpacked"), version);
        return home;
    }

    /**
     * Starts Keycloak and waits until the realm answers.
     *
     * @param home        an unpacked distribution ({@link #ensureDistribution})
     * @param realmJson   the realm file to import
     * @param java        the JDK to run it on
     */
    public static Keycloak start(Path home, int port, int managementPort, InputStream realmJson,
            JavaRuntimes.JavaRuntime java, Path logFile, Path agentJar, Duration timeout)
            throws IOException, InterruptedException {
        Path importDir = home.resolve("data/import");
        Files.createDirectories(importDir);
        try (var old = Files.list(importDir)) {
            for (Path p : old.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.copy(realmJson, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);

        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--hostname=http://127.0.0.1:" + port, "--import-realm", "--db=dev-mem", "--health-enabled=true",
                "--cache=local"));
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", java.home().toString());
        env.put("JAVA", java.java().toString());
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        env.put("JAVA_OPTS_APPEND", AgentJar.jvmOption(agentJar));
        ManagedProcess process = ManagedProcess.start("keycloak", cmd, env, home, logFile);
        Keycloak keycloak = new Keycloak(port, process, java);
        Http.await("Keycloak", keycloak.realmUrl() + "/.well-known/openid-configuration",
                r -> r.statusCode() == 200, timeout, process);
        return keycloak;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public ManagedProcess process() {
        return process;
    }

    public JavaRuntimes.JavaRuntime java() {
        return java;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
