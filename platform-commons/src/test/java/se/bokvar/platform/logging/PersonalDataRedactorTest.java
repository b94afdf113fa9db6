package se.bokvar.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * What reaches a log is free of personnummer, bearer tokens and the claims a refused token carries: the token
 * verifier's own refusal messages (jose4j, as Quarkus OIDC logs them at WARN) name the caller otherwise.
 */
class PersonalDataRedactorTest {

    static final String TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbm5hIiwibmFtZSI6IkFubmEgQW5kZXJzc29uIiwiZW1haWwiOiJhbm5hQGdvdGVib3JnLmV4YW1wbGUifQ.c2lnbmF0dXJl";

    @Test
    void personnummerInEveryFormAreMasked() {
        assertThat(PersonalDataRedactor.redact("tenant 19850315-2384 and 8503152384, 850315+2384"))
                .isEqualTo("tenant [personnummer] and [personnummer], [personnummer]");
        assertThat(PersonalDataRedactor.containsPersonalData("case 3f2a, 12 notices")).isFalse();
    }

    @Test
    void aUuidThatLooksLikeAPersonnummerIsKeptAndAPersonnummerBesideItIsNot() {
        // about one UUID in three hundred starts with twelve decimal digits, and its last group may be all digits too
        String ids = "notice 19850315-2384-4f1a-9c2e-3d4b5a6c7e8f on case 0a1b2c3d-4e5f-4a6b-8c7d-198503152384";
        assertThat(PersonalDataRedactor.redact(ids)).isEqualTo(ids);
        assertThat(PersonalDataRedactor.containsPersonalData(ids)).isFalse();
        assertThat(PersonalDataRedactor.redact("notice 19850315-2384-4f1a-9c2e-3d4b5a6c7e8f for 19850315-2384"))
                .isEqualTo("notice 19850315-2384-4f1a-9c2e-3d4b5a6c7e8f for [personnummer]");
        // a personnummer followed by a hyphen and more digits is not a UUID and stays masked
        assertThat(PersonalDataRedactor.redact("tenant 19850315-2384-12")).isEqualTo("tenant [personnummer]-12");
    }

    @Test
    void aBearerTokenAndTheClaimsOfARefusedOneAreMasked() {
        String refusal = "Token verification has failed: JWT (claims->{\"sub\":\"anna\",\"name\":\"Anna Andersson\","
                + "\"email\":\"anna@goteborg.example\",\"realm_access\":{\"roles\":[\"caseworker\"]}}) rejected due to invalid"
                + " claims or other invalid content. Additional details: [[17] Unable to process JOSE object (cause:"
                + " org.jose4j.lang.JoseException: Invalid JOSE Compact Serialization. Expecting either 3 or 5 parts"
                + " for JWS or JWE respectively but was 2.): " + TOKEN + "]";
        assertThat(PersonalDataRedactor.containsPersonalData(refusal)).isTrue();
        String redacted = PersonalDataRedactor.redact(refusal);
        assertThat(redacted).doesNotContain("Anna", "anna", "goteborg", "eyJ")
                .contains("claims->[claims]) rejected due to invalid claims", "[token]");
        assertThat(PersonalDataRedactor.redact("Authorization: Bearer " + TOKEN)).isEqualTo("Authorization: Bearer [token]");
    }

    @Test
    void theLogFilterMasksMessagesAndExceptionMessages() {
        ExtLogRecord record = new ExtLogRecord(Level.WARNING, "Verification failed for %s", ExtLogRecord.FormatStyle.PRINTF,
                getClass().getName());
        record.setParameters(new Object[] { TOKEN });
        record.setThrown(new IllegalStateException("JWT (claims->{\"name\":\"Anna Andersson\"}) rejected"));
        assertThat(new RedactingLogFilter().isLoggable(record)).isTrue();
        assertThat(record.getFormattedMessage()).isEqualTo("Verification failed for [token]");
        assertThat(record.getThrown().getMessage()).doesNotContain("Anna").contains("claims->[claims])");
    }
}
