package se.bokvar.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.bokvar.cases.app.deadline.DeadlineScan;
import se.bokvar.testsupport.ServiceTestProfile;

/**
 * case-service against the test JVM's real PostgreSQL and Kafka, with the in-process OIDC server and a real HTTP server
 * answering consent-service's decision API ({@link FakeConsentService}). The periodic scan
 * is off: tests run it themselves ({@code DeadlineScan.scanOnce()}) with the controllable {@link TestClock}.
 */
public class CaseTestProfile extends ServiceTestProfile {

    @Override
    protected String database() {
        return "cases";
    }

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(FakeConsentService.class));
        return resources;
    }

    @Override
    protected Map<String, String> extraConfig() {
        return Map.of("bokvar.scan.interval", "off");
    }
}
