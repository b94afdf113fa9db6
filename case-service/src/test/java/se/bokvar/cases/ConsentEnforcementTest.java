package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.caseIdOf;
import static se.bokvar.cases.CaseApi.step;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/**
 * Disclosures ask consent-service first (a real HTTP server answering per the contract), forwarding the caseworker's
 * token, failing closed; the decision is recorded on the step; asking the reporting landlord needs no consent.
 */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class ConsentEnforcementTest {

    @jakarta.inject.Inject
    TestClock clock;

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    @ConfigProperty(name = "quarkus.rest-client.consent.url")
    String consent;

    static void allow(String caseId, String partyKind, String partyId, String purpose, String category) {
        CaseApi.allowDisclosure(caseId, partyKind, partyId, purpose, category);
    }

    static List<Map<String, Object>> calls(String caseId) {
        return CaseApi.consentCalls(caseId);
    }

    static String newCase(LocalDate served, Instant received) {
        TerminationNoticeReceivedV1 n = TestEvents.termination(Place.fresh("41502", "31"), served, received,
                ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(n);
        return caseIdOf(ANNA, n.noticeId());
    }

    static String stepStatus(String stepId) {
        return CaseApi.sql("select status || ':' || consent_decision from case_step where id = cast(? as uuid)", stepId).get(0);
    }

    @Test
    void askingTheReportingLandlordNeedsNoConsentButTellingItDoes() {
        String caseId = newCase(LocalDate.now(), Instant.now());
        step(ANNA, caseId, Map.of("kind", "LANDLORD_CONTACTED", "landlordId", "hemma-bostader",
                "landlordContact", "ASK_QUESTIONS", "notes", "Asked whether the debt is settled"))
                .then().statusCode(201).body("consent.decision", equalTo("NOT_REQUIRED"));
        assertThat(calls(caseId)).isEmpty();

        // telling it about planned support: consent-service says no consent → 403, the refused attempt is kept
        String refused = given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("kind", "LANDLORD_CONTACTED", "landlordId", "hemma-bostader",
                        "landlordContact", "DISCLOSE_PLANNED_SUPPORT"))
                .post("/api/v1/cases/" + caseId + "/steps").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://bokvar.se/problems/consent-required"))
                .body("detail", containsString("No consent")).extract().path("detail");
        String refusedId = refused.replaceAll(".*\\(step ([0-9a-f-]+)\\).*", "$1");
        assertThat(stepStatus(refusedId)).isEqualTo("REFUSED:DENY");
        // the question was the caseworker's own, with her own token
        Map<String, Object> call = calls(caseId).get(0);
        assertThat(call.get("authorization")).isEqualTo("Bearer " + ANNA);
        @SuppressWarnings("unchecked")
        Map<String, Object> q = (Map<String, Object>) call.get("question");
        assertThat(q).containsEntry("purpose", "INFORM_PLANNED_SUPPORT").containsEntry("category", "PLANNED_SUPPORT");
        assertThat(q.get("party")).isEqualTo(Map.of("kind", "LANDLORD", "id", "hemma-bostader"));

        // with consent it is done, and the decision is on the step
        allow(caseId, "LANDLORD", "hemma-bostader", "INFORM_PLANNED_SUPPORT", "PLANNED_SUPPORT");
        JsonPath done = step(ANNA, caseId, Map.of("kind", "INFORM_LANDLORD_PLANNED_SUPPORT", "landlordId", "hemma-bostader"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(done.getString("consent.decision")).isEqualTo("ALLOW");
        assertThat(done.getString("consent.consentId")).startsWith("c0n5e47-");
        assertThat(done.getInt("consent.consentVersion")).isEqualTo(3);
        assertThat(stepStatus(done.getString("id"))).isEqualTo("DONE:ALLOW");

        // asking a landlord that did not report anything on this case needs consent to contact it
        step(ANNA, caseId, Map.of("kind", "LANDLORD_CONTACTED", "landlordId", "alvstaden-fastigheter",
                "landlordContact", "ASK_QUESTIONS")).then().statusCode(403);
        assertThat(calls(caseId)).anySatisfy(c -> assertThat(c.toString()).contains("CONTACT_LANDLORD"));
        // contacting another administration needs consent too
        step(ANNA, caseId, Map.of("kind", "CONTACT_OTHER_ADMINISTRATION", "administration", "elderly-care"))
                .then().statusCode(403);
        allow(caseId, "OTHER_ADMINISTRATION", "elderly-care", "CONTACT_ADMINISTRATION", "CASE_STATUS");
        step(ANNA, caseId, Map.of("kind", "CONTACT_OTHER_ADMINISTRATION", "administration", "elderly-care"))
                .then().statusCode(201);
    }

    @Test
    void onANoticeFromAnotherSourceEveryLandlordContactNeedsConsent() {
        String pin = Pins.next();
        String caseId = given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("kind", "EARLY_WARNING",
                "source", "OTHER_ADMINISTRATION", "tenants", List.of(Map.of("personalIdentityNumber", pin, "name", "A B")),
                "address", Map.of("street", "Källgatan " + UUID.randomUUID().toString().substring(0, 6), "postalCode", "41502"),
                "landlordId", "hemma-bostader", "description", "The elderly-care unit worries about unpaid rent"))
                .post("/api/v1/cases/notices").then().statusCode(201).extract().path("caseId");
        step(ANNA, caseId, Map.of("kind", "LANDLORD_CONTACTED", "landlordId", "hemma-bostader", "landlordContact", "ASK_QUESTIONS"))
                .then().statusCode(403);
        assertThat(calls(caseId)).singleElement().satisfies(c -> assertThat(c.toString())
                .contains("CONTACT_LANDLORD").contains(pin));
    }

    @Test
    void theWrittenPaymentCommitmentIsConsentGatedRecordedWithItsLetterAndFlaggedWhenLate() {
        // served and received Mon 2026-11-02: the period ends Mon 2026-11-23; it is now the 25th
        clock.set(OffsetDateTime.parse("2026-11-25T10:00:00+01:00").toInstant());
        String caseId = newCase(LocalDate.of(2026, 11, 2), OffsetDateTime.parse("2026-11-02T09:00:00+01:00").toInstant());
        Map<String, Object> commitment = Map.of("kind", "PAYMENT_COMMITMENT", "landlordId", "hemma-bostader",
                "sentAt", "2026-11-24T09:00:00+01:00", "letterReference", "RR123456785SE", "amount", 15700);
        // individual support: not before the investigation
        step(ANNA, caseId, commitment).then().statusCode(409);
        CaseApi.openInvestigation(ANNA, caseId);
        step(ANNA, caseId, Map.of("kind", "PAYMENT_COMMITMENT", "landlordId", "hemma-bostader")).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("sentAt", "letterReference"));
        step(ANNA, caseId, commitment).then().statusCode(403);
        allow(caseId, "LANDLORD", "hemma-bostader", "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT");
        // sent after the period ended: recorded and flagged, never silently refused
        JsonPath late = step(ANNA, caseId, commitment).then().statusCode(201).extract().jsonPath();
        assertThat(late.getList("flags")).containsExactly("SENT_AFTER_RECOVERY_PERIOD");
        assertThat(CaseApi.sql("select details->>'letterReference' || '|' || performed_at::text from case_step where id = cast(? as uuid)",
                late.getString("id")).get(0)).startsWith("RR123456785SE|2026-11-24");
        assertThat(CaseApi.read(ANNA, caseId).getString("deadlines.recoveryPeriod.state")).isEqualTo("BREACHED");
    }

    @Test
    void aCommitmentOnTheLastDaysIsWarnedAndMeetsThePeriod() {
        // served and received Mon 2026-11-02: the period's last day is Mon 2026-11-23
        Instant received = OffsetDateTime.parse("2026-11-02T09:00:00+01:00").toInstant();
        // sent Fri 20 Nov, three days before: on time, no warning
        clock.set(OffsetDateTime.parse("2026-11-20T10:00:00+01:00").toInstant());
        String early = newCase(LocalDate.of(2026, 11, 2), received);
        assertThat(CaseApi.read(ANNA, early).getString("deadlines.recoveryPeriod.lastDay")).isEqualTo("2026-11-23");
        CaseApi.openInvestigation(ANNA, early);
        allow(early, "LANDLORD", "hemma-bostader", "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT");
        JsonPath onTime = step(ANNA, early, Map.of("kind", "PAYMENT_COMMITMENT", "landlordId", "hemma-bostader",
                "sentAt", "2026-11-20T09:00:00+01:00", "letterReference", "RR000000012SE"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(onTime.getList("warnings")).doesNotContain("RECOVERY_PERIOD_ENDS_WITHIN_A_DAY");
        assertThat(onTime.getList("flags")).isEmpty();
        // sent Sun 22 Nov, the day before the last day: recorded, warned (the letter may arrive too late), on time
        clock.set(OffsetDateTime.parse("2026-11-22T10:00:00+01:00").toInstant());
        String caseId = newCase(LocalDate.of(2026, 11, 2), received);
        CaseApi.openInvestigation(ANNA, caseId);
        allow(caseId, "LANDLORD", "hemma-bostader", "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT");
        JsonPath r = step(ANNA, caseId, Map.of("kind", "PAYMENT_COMMITMENT", "landlordId", "hemma-bostader",
                "sentAt", "2026-11-22T09:00:00+01:00", "letterReference", "RR000000015SE"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(r.getList("warnings")).contains("RECOVERY_PERIOD_ENDS_WITHIN_A_DAY");
        assertThat(r.getList("flags")).isEmpty();
        assertThat(CaseApi.read(ANNA, caseId).getString("deadlines.recoveryPeriod.state")).isEqualTo("MET");
        // sent on the last day itself: warned too, still on time
        clock.set(OffsetDateTime.parse("2026-11-23T16:00:00+01:00").toInstant());
        String lastDay = newCase(LocalDate.of(2026, 11, 2), received);
        CaseApi.openInvestigation(ANNA, lastDay);
        allow(lastDay, "LANDLORD", "hemma-bostader", "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT");
        JsonPath onLastDay = step(ANNA, lastDay, Map.of("kind", "PAYMENT_COMMITMENT", "landlordId", "hemma-bostader",
                "sentAt", "2026-11-23T15:00:00+01:00", "letterReference", "RR000000029SE"))
                .then().statusCode(201).extract().jsonPath();
        assertThat(onLastDay.getList("warnings")).contains("RECOVERY_PERIOD_ENDS_WITHIN_A_DAY");
        assertThat(onLastDay.getList("flags")).isEmpty();
        assertThat(CaseApi.read(ANNA, lastDay).getString("deadlines.recoveryPeriod.state")).isEqualTo("MET");
    }

    @Test
    void anUnreachableSlowOrFailingConsentServiceIsADenialNothingIsDisclosed() {
        String caseId = newCase(LocalDate.now(), Instant.now());
        allow(caseId, "LANDLORD", "hemma-bostader", "INFORM_PLANNED_SUPPORT", "PLANNED_SUPPORT");
        given().body("SLOW").put(consent + "/test/mode/" + caseId).then().statusCode(204);
        long start = System.nanoTime();
        String detail = step(ANNA, caseId, Map.of("kind", "INFORM_LANDLORD_PLANNED_SUPPORT", "landlordId", "hemma-bostader"))
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://bokvar.se/problems/dependency-unavailable")).extract().path("detail");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
        assertThat(stepStatus(detail.replaceAll(".*\\(step ([0-9a-f-]+)\\).*", "$1"))).isEqualTo("REFUSED:UNAVAILABLE");
        given().body("ERROR").put(consent + "/test/mode/" + caseId).then().statusCode(204);
        step(ANNA, caseId, Map.of("kind", "INFORM_LANDLORD_PLANNED_SUPPORT", "landlordId", "hemma-bostader"))
                .then().statusCode(503);
        given().body("NORMAL").put(consent + "/test/mode/" + caseId).then().statusCode(204);
        step(ANNA, caseId, Map.of("kind", "INFORM_LANDLORD_PLANNED_SUPPORT", "landlordId", "hemma-bostader"))
                .then().statusCode(201);
        assertThat(CaseApi.sql("select count(*) from case_step where case_id = cast(? as uuid) and status = 'DONE'"
                + " and kind = 'INFORM_LANDLORD_PLANNED_SUPPORT'", caseId)).containsExactly("1");
    }

    @Test
    void aFollowUpComesAfterSupportAndOnlyWithConsent() {
        String caseId = newCase(LocalDate.now(), Instant.now());
        Map<String, Object> followUp = Map.of("kind", "FOLLOW_UP", "party", Map.of("kind", "NAMED_PARTY", "id", "household"));
        step(ANNA, caseId, followUp).then().statusCode(409);
        CaseApi.openInvestigation(ANNA, caseId);
        step(ANNA, caseId, Map.of("kind", "SUPPORT_DECIDED", "support", "REPAYMENT_PLAN_SUPPORT")).then().statusCode(201);
        step(ANNA, caseId, followUp).then().statusCode(403);
        assertThat(CaseApi.read(ANNA, caseId).getString("status")).isEqualTo("SUPPORT");
        allow(caseId, "NAMED_PARTY", "household", "FOLLOW_UP", "CASE_STATUS");
        step(ANNA, caseId, followUp).then().statusCode(201).body("caseStatus", equalTo("FOLLOW_UP"));
        step(ANNA, caseId, Map.of("kind", "FOLLOW_UP")).then().statusCode(400).body("errors.field", hasItem("party"));
    }
}
