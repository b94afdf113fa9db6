package se.bokvar.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.testsupport.PlatformConventionsTest;

@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class ServiceConventionsTest extends PlatformConventionsTest {

    @Override
    protected String database() {
        return "intake";
    }
}
