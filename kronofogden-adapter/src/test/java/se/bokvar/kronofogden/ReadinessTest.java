package se.bokvar.kronofogden;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.testsupport.TestInfrastructure;

/**
 * Readiness of the adapter depends on its database only: while the Kafka broker is down, Kronofogden's notices are
 * still received (the outbox keeps them) and the adapter stays ready.
 */
@QuarkusTest
@TestProfile(KronofogdenTestProfile.class)
class ReadinessTest {

    @Test
    void aKafkaOutageDoesNotMakeTheAdapterUnready() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        TestInfrastructure.killKafka();
        try {
            Fixtures.received(Fixtures.notice(Fixtures.kfmCaseNumber(),
                    OffsetDateTime.now(ZoneId.of("Europe/Stockholm")).plusDays(10).withNano(0)));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            TestInfrastructure.startKafka();
        }
        given().get("/q/health/ready").then().statusCode(200);
    }
}
