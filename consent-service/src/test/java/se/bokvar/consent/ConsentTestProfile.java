package se.bokvar.consent;

import se.bokvar.testsupport.ServiceTestProfile;

/** consent-service against the test JVM's real PostgreSQL and Kafka, with the in-process OIDC server. */
public class ConsentTestProfile extends ServiceTestProfile {

    @Override
    protected String database() {
        return "consent";
    }
}
