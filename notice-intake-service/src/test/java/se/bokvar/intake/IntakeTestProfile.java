package se.bokvar.intake;

import se.bokvar.testsupport.ServiceTestProfile;

/** The intake service against the test JVM's real PostgreSQL and Kafka, with the in-process OIDC server. */
public class IntakeTestProfile extends ServiceTestProfile {

    @Override
    protected String database() {
        return "intake";
    }
}
