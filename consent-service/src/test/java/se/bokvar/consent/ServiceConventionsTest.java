package se.bokvar.consent;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.testsupport.PlatformConventionsTest;

@QuarkusTest
@TestProfile(ConsentTestProfile.class)
class ServiceConventionsTest extends PlatformConventionsTest {

    @Override
    protected String database() {
        return "consent";
    }
}
