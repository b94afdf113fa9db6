package se.bokvar.kronofogden;

import se.bokvar.testsupport.ServiceTestProfile;

/** kronofogden-adapter against the test JVM's real PostgreSQL and Kafka, with the in-process OIDC server. */
public class KronofogdenTestProfile extends ServiceTestProfile {

    @Override
    protected String database() {
        return "kronofogden";
    }
}
