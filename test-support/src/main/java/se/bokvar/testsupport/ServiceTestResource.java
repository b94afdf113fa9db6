package se.bokvar.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.bokvar.local.infra.ServiceDatabase;

/**
 * Gives a service under test its real infrastructure: its own database on the JVM's embedded PostgreSQL (owner
 * role for Flyway, runtime role for queries) and the JVM's Kafka broker. Use with
 * {@code @QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))}
 * or through a service's own test profile.
 * <p>
 * It sets the same variables the service reads in production, so the test exercises the real configuration.
 */
public class ServiceTestResource implements QuarkusTestResourceLifecycleManager {

    /** A fixed secret for the tenancy keys in tests. */
    public static final String TEST_TENANCY_SECRET = "0123456789abcdef0123456789abcdef";

    private String database = "test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        ServiceDatabase db = TestInfrastructure.database(database);
        Map<String, String> config = new HashMap<>();
        config.put("BOKVAR_DB_HOST", db.host());
        config.put("BOKVAR_DB_PORT", Integer.toString(db.port()));
        config.put("BOKVAR_DB_NAME", db.database());
        config.put("BOKVAR_DB_USER", db.appUser());
        config.put("BOKVAR_DB_PASSWORD", db.appPassword());
        config.put("BOKVAR_DB_OWNER_USER", db.ownerUser());
        config.put("BOKVAR_DB_OWNER_PASSWORD", db.ownerPassword());
        config.put("KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafkaBootstrapServers());
        config.put("BOKVAR_TENANCY_KEY_SECRET", TEST_TENANCY_SECRET);
        return config;
    }

    @Override
    public void stop() {
        // shared for the whole JVM; stopped by a shutdown hook
    }
}
