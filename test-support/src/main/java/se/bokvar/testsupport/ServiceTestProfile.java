package se.bokvar.testsupport;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The base test profile of a service: its own database on the JVM's real PostgreSQL, the JVM's real Kafka
 * broker, and Quarkus' in-process OIDC server (tokens from {@link TestTokens}). A service's profile names its
 * database and may add configuration.
 */
public abstract class ServiceTestProfile implements QuarkusTestProfile {

    /** The service's database short name, e.g. {@code intake}. */
    protected abstract String database();

    /** Extra configuration of this profile. */
    protected Map<String, String> extraConfig() {
        return Map.of();
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ServiceTestResource.class, Map.of("database", database())),
                new TestResourceEntry(OidcWiremockTestResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new java.util.HashMap<>();
        config.put("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/");
        config.put("quarkus.oidc.connection-delay", "0");
        config.putAll(extraConfig());
        return config;
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
