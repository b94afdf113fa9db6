package se.bokvar.local.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the build put the infrastructure runtimes (module infra-runtime): the Kafka broker's classpath and the
 * Keycloak distribution zip, both in the local Maven repository.
 */
public final class InfraRuntime {

    private static final String BASE = "se/bokvar/infra/";

    private InfraRuntime() {
    }

    public static String kafkaClasspath() {
        String cp = read("kafka.classpath").trim();
        for (String entry : cp.split(java.io.File.pathSeparator)) {
            if (!Files.exists(Path.of(entry))) {
                throw new IllegalStateException("The Kafka broker jar " + entry + " is missing from the local Maven"
                        + " repository. Rebuild with: ./mvnw -pl infra-runtime -am install");
            }
        }
        return cp;
    }

    public static Path keycloakZip() {
        Path zip = Path.of(properties().getProperty("keycloak.zip"));
        if (!Files.exists(zip)) {
            throw new IllegalStateException("The Keycloak distribution " + zip + " is missing from the local Maven"
                    + " repository. Rebuild with: ./mvnw -pl infra-runtime -am install");
        }
        return zip;
    }

    public static String keycloakVersion() {
        return properties().getProperty("keycloak.version");
    }

    private static Properties properties() {
        Properties p = new Properties();
        try {
            p.load(new java.io.StringReader(read("runtime.properties")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    private static String read(String name) {
        try (InputStream in = InfraRuntime.class.getClassLoader().getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException(BASE + name + " is not on the classpath (module infra-runtime)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
