package se.bokvar.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.testsupport.TestTokens;
import se.bokvar.testsupport.security.Role;

/**
 * A bearer token is verified once and then remembered until it expires (platform-commons VerifiedTokens): the same
 * token again is accepted from the cache; an expired one, a tampered one and one for another audience are refused
 * as before, even right after a valid token with the same claims was remembered.
 */
@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class VerifiedTokensTest {

    static final Map<String, String> LANDLORD = Map.of("landlord_id", Role.LANDLORD_A_ID);

    @Test
    void theSameTokenIsVerifiedOnceAndThenTakenFromTheCache() {
        String token = TestTokens.builder("cache-" + UUID.randomUUID(), Set.of("landlord"), LANDLORD).sign();
        double cachedBefore = counter("cached");
        double verifiedBefore = counter("verified");
        for (int i = 0; i < 3; i++) {
            read(token, 404);
        }
        assertThat(counter("verified") - verifiedBefore).isEqualTo(1.0);
        assertThat(counter("cached") - cachedBefore).isEqualTo(2.0);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() throws InterruptedException {
        String token = TestTokens.builder("expiring-" + UUID.randomUUID(), Set.of("landlord"), LANDLORD)
                .expiresAt(Instant.now().plusSeconds(2)).sign();
        read(token, 404);
        read(token, 404);
        Thread.sleep(2_500);
        read(token, 401);
    }

    @Test
    void aTamperedOrForeignTokenIsRefusedThoughAValidOneWithItsClaimsWasRemembered() {
        String valid = TestTokens.builder("tamper-" + UUID.randomUUID(), Set.of("landlord"), LANDLORD).sign();
        read(valid, 404);
        String[] parts = valid.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String tampered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        read(tampered, 401);
        read(TestTokens.builder("tamper-" + UUID.randomUUID(), Set.of("landlord"), LANDLORD).audience("another-api").sign(),
                401);
        read(valid, 404);
    }

    static void read(String token, int status) {
        given().auth().oauth2(token).get("/api/v1/notices/" + UUID.randomUUID()).then().statusCode(status);
    }

    static double counter(String result) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        // a sample counted under a sampled trace carries an exemplar after its value: "... 3.0 # {trace_id=...} 1.0"
        Matcher m = Pattern.compile("(?m)^bokvar_token_verifications_total\\{[^}]*result=\"" + result + "\"[^}]*\\} (\\S+)(?: #.*)?$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0.0;
    }
}
