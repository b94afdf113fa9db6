package se.bokvar.cases;

import se.bokvar.testsupport.ServiceTestProfile;

/** case-service against the test JVM's real PostgreSQL and Kafka, with the in-process OIDC server. */
public class CaseTestProfile extends ServiceTestProfile {

    @Override
    protected String database() {
        return "cases";
    }
}
