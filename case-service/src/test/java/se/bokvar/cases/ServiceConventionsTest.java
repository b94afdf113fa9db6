package se.bokvar.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.testsupport.PlatformConventionsTest;

@QuarkusTest
@TestProfile(CaseTestProfile.class)
class ServiceConventionsTest extends PlatformConventionsTest {

    @Override
    protected String database() {
        return "cases";
    }
}
