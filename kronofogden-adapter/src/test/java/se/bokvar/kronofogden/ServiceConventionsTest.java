package se.bokvar.kronofogden;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.testsupport.PlatformConventionsTest;

@QuarkusTest
@TestProfile(KronofogdenTestProfile.class)
class ServiceConventionsTest extends PlatformConventionsTest {

    @Override
    protected String database() {
        return "kronofogden";
    }
}
