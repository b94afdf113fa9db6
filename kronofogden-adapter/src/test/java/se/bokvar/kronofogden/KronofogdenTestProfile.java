package se.bokvar.kronofogden;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.bokvar.testsupport.ServiceTestProfile;

/**
 * kronofogden-adapter against the test JVM's real PostgreSQL and Kafka, the in-process OIDC server, and a fake
 * Kronofogden and letter channel on a real socket. Deliveries are retried quickly so that retry tests need no long
 * waits; the clock is {@link TestClock}.
 */
public class KronofogdenTestProfile extends ServiceTestProfile {

    @Override
    protected String database() {
        return "kronofogden";
    }

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(FakeKronofogdenResource.class));
        return resources;
    }

    @Override
    protected Map<String, String> extraConfig() {
        return Map.of("bokvar.delivery.poll-interval", "100ms",
                "bokvar.delivery.initial-backoff", "200ms",
                "bokvar.delivery.max-backoff", "1s",
                "bokvar.delivery.lease", "30s");
    }
}
