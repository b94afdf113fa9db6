package se.bokvar.consent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import se.bokvar.consent.store.AuditRecordRepository.AuditRow;
import se.bokvar.platform.extract.ExtractRecord;
import se.bokvar.platform.extract.ReviewFlag;

/** The register extract's decision records, read from consent.decision audit records. */
class ExtractRecordsTest {

    static final String SUBJECT = "198503152384";
    static final String KEY = "person-key";
    static final String CASE = "2b14e882-da3f-4c2c-9fd2-60488238dc41";
    static final String CONSENT = "9c0e7c1e-8f4e-4a34-9a51-7f1f3c0e2a11";

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ExtractRecords records = new ExtractRecords(mapper, new ConsentHistory(new StoredJson(mapper)));

    private static AuditRow decision(List<String> ids, String purpose) {
        return new AuditRow(7, OffsetDateTime.of(2026, 11, 22, 9, 15, 0, 0, ZoneOffset.UTC), "sub", "anna", "caseworker",
                "nordost", "consent.decision", "consent", ids, purpose);
    }

    @Test
    void aDecisionRestingOnAConsentNamesItsCaseAndConsent() {
        ExtractRecord r = records.decision(decision(List.of(CONSENT, CASE, KEY),
                "LANDLORD hemma-bostader for PAYMENT_COMMITMENT / PAYMENT_COMMITMENT -> ALLOW COVERED"), KEY, SUBJECT);
        assertThat(r.kind()).isEqualTo("DISCLOSURE_DECISION");
        assertThat(r.id()).isEqualTo("7");
        assertThat(r.at()).isEqualTo(OffsetDateTime.of(2026, 11, 22, 9, 15, 0, 0, ZoneOffset.UTC).toInstant());
        assertThat(r.data().get("caseId").asText()).isEqualTo(CASE);
        assertThat(r.data().get("consentId").asText()).isEqualTo(CONSENT);
        assertThat(r.data().at("/party/kind").asText()).isEqualTo("LANDLORD");
        assertThat(r.data().at("/party/id").asText()).isEqualTo("hemma-bostader");
        assertThat(r.data().get("purpose").asText()).isEqualTo("PAYMENT_COMMITMENT");
        assertThat(r.data().get("category").asText()).isEqualTo("PAYMENT_COMMITMENT");
        assertThat(r.data().get("decision").asText()).isEqualTo("ALLOW");
        assertThat(r.data().get("reasonCode").asText()).isEqualTo("COVERED");
        assertThat(r.data().get("decidedAt").asText()).isEqualTo("2026-11-22T10:15:00+01:00");
        assertThat(r.data().at("/askedBy/username").asText()).isEqualTo("anna");
        assertThat(r.review()).isEmpty();
    }

    @Test
    void aDenialWithoutAnyConsentHasNoConsentId() {
        ExtractRecord r = records.decision(decision(List.of(CASE, KEY),
                "KRONOFOGDEN kronofogden for REQUEST_POSTPONEMENT / HEALTH -> DENY NO_CONSENT"), KEY, SUBJECT);
        assertThat(r.data().get("caseId").asText()).isEqualTo(CASE);
        assertThat(r.data().get("consentId").isNull()).isTrue();
        assertThat(r.data().get("reasonCode").asText()).isEqualTo("NO_CONSENT");
    }

    @Test
    void aNamedPartyIsAnotherPerson() {
        ExtractRecord r = records.decision(decision(List.of(CONSENT, CASE, KEY),
                "NAMED_PARTY relative-1 for OTHER / PLANNED_SUPPORT -> ALLOW COVERED"), KEY, SUBJECT);
        assertThat(r.review()).extracting(ReviewFlag::path, ReviewFlag::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/party", ReviewFlag.OTHER_PERSON));
    }

    @Test
    void aPurposeOfAnotherShapeIsShownAsRecorded() {
        ExtractRecord r = records.decision(decision(List.of(CASE, KEY), "something else"), KEY, SUBJECT);
        assertThat(r.data().get("question").asText()).isEqualTo("something else");
        assertThat(r.data().has("party")).isFalse();
    }
}
