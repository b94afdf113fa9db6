package se.bokvar.consent;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.testsupport.TestInfrastructure;

/**
 * consent-service keeps its projection of case access from case-service's events, so its readiness reflects Kafka:
 * not ready while the broker is unreachable, ready again when it returns (liveness stays up: a restart would not
 * help).
 */
@QuarkusTest
@TestProfile(ConsentTestProfile.class)
class ReadinessTest {

    static int status(String path) {
        return given().get(path).then().extract().statusCode();
    }

    @Test
    void readinessFollowsTheKafkaBroker() {
        await().atMost(Duration.ofSeconds(60)).until(() -> status("/q/health/ready") == 200);
        TestInfrastructure.killKafka();
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> status("/q/health/ready") == 503);
            await().atMost(Duration.ofSeconds(5)).until(() -> status("/q/health/live") == 200);
        } finally {
            TestInfrastructure.startKafka();
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> status("/q/health/ready") == 200);
    }
}
