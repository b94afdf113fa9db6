package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.BENGT;
import static se.bokvar.cases.CaseApi.SARA;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.contracts.v1.AcknowledgementDeliveredV1;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.PostponementAnsweredV1;
import se.bokvar.contracts.v1.TenantLetterDispatchedV1;

/** What kronofogden-adapter reports back, Kronofogden's updates, and postponement requests. */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class KronofogdenDeliveriesTest {

    record Kfm(EvictionNoticeReceivedV1 notice, String caseId) {
    }

    Kfm kfmCase() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        EvictionNoticeReceivedV1 notice = TestEvents.eviction("KFM-" + System.nanoTime(), Place.fresh("41502", null), now,
                OffsetDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS), ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(notice);
        return new Kfm(notice, caseIdOf(ANNA, notice.noticeId()));
    }

    @Test
    void aConfirmedAcknowledgementMeetsTheSameDayDeadlineAnOverdueOneIsShownToSupervisors() {
        Kfm confirmed = kfmCase();
        TestEvents.publish(DeliveryEvents.ACKNOWLEDGEMENT, confirmed.notice().keys().buildingKey(), confirmed.caseId(),
                new AcknowledgementDeliveredV1(UUID.fromString(confirmed.caseId()), confirmed.notice().kfmCaseNumber(), 1,
                        "CONFIRMED", Instant.now(), 1, "anna"));
        JsonPath c = CaseApi.awaitCase(ANNA, confirmed.caseId(), j -> "CONFIRMED".equals(j.getString("evictions[0].acknowledgement")));
        assertThat(c.getString("deadlines.all.find { it.kind == 'KFM_ACKNOWLEDGEMENT' }.state")).isEqualTo("MET");

        Kfm overdue = kfmCase();
        TestEvents.publish(DeliveryEvents.ACKNOWLEDGEMENT, overdue.notice().keys().buildingKey(), overdue.caseId(),
                new AcknowledgementDeliveredV1(UUID.fromString(overdue.caseId()), overdue.notice().kfmCaseNumber(), 1,
                        "OVERDUE", Instant.now(), 5, "anna"));
        c = CaseApi.awaitCase(ANNA, overdue.caseId(), j -> "OVERDUE".equals(j.getString("evictions[0].acknowledgement")));
        assertThat(c.getString("deadlines.all.find { it.kind == 'KFM_ACKNOWLEDGEMENT' }.state")).isEqualTo("BREACHED");
        given().auth().oauth2(SARA).get("/api/v1/supervision/overdue-acknowledgements").then().statusCode(200)
                .body("caseId", hasItem(overdue.caseId()));
        given().auth().oauth2(ANNA).get("/api/v1/supervision/overdue-acknowledgements").then().statusCode(403);
        // the breach is announced
        assertThat(CaseApi.published(CaseEvents.DEADLINE_ALERT, overdue.caseId(), 1))
                .anySatisfy(e -> assertThat(e.path("deadline").asText()).isEqualTo("KFM_ACKNOWLEDGEMENT"));
    }

    @Test
    void theTenantsLetterIsKeptWithTheCaseForItsCaseworkers() {
        Kfm k = kfmCase();
        UUID letterId = UUID.randomUUID();
        TestEvents.publish(DeliveryEvents.TENANT_LETTER_DISPATCHED, k.notice().keys().buildingKey(), k.caseId(),
                new TenantLetterDispatchedV1(letterId, UUID.fromString(k.caseId()), k.notice().kfmCaseNumber(), Instant.now(),
                        "PRINT-42", "<html><body><p>Ansvarig handläggare: Anna Andersson</p></body></html>"));
        String url = "/api/v1/cases/" + k.caseId() + "/letters/" + letterId;
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> given().auth().oauth2(ANNA).get(url).statusCode() == 200);
        given().auth().oauth2(ANNA).get(url).then().statusCode(200).contentType("text/html")
                .body(containsString("Ansvarig handläggare: Anna Andersson"));
        given().auth().oauth2(BENGT).get(url).then().statusCode(404);
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + k.caseId() + "/letters/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(CaseApi.sql("select count(*) from audit_record where action = 'case.letter.read' and ? = any(resource_ids)",
                k.caseId()).get(0)).isNotEqualTo("0");
    }

    /** A consent of the household covering what a postponement request on other than health grounds tells Kronofogden. */
    static void consentToPostponementRequests(String caseId) {
        CaseApi.allowDisclosure(caseId, "KRONOFOGDEN", "kronofogden", "REQUEST_POSTPONEMENT", "HOUSEHOLD_SITUATION");
    }

    @Test
    void aPostponementRequestTellsKronofogdenNothingWithoutAConsentCoveringIt() {
        Kfm k = kfmCase();
        String url = "/api/v1/cases/" + k.caseId() + "/postponements";
        Map<String, String> needTime = Map.of("kfmCaseNumber", k.notice().kfmCaseNumber(), "grounds", "SOCIAL_SERVICES_NEED_TIME",
                "motivation", "A sublet from the housing office starts on the 1st");

        // no consent: refused with the usual problem, nothing stored or announced, the attempt on the timeline
        given().auth().oauth2(ANNA).contentType("application/json").body(needTime).post(url).then().statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("type", org.hamcrest.Matchers.endsWith("/consent-required"))
                .body("detail", containsString("not sent to Kronofogden"));
        assertThat(CaseApi.sql("select count(*) from postponement_request where case_id = cast(? as uuid)", k.caseId()))
                .containsExactly("0");
        assertThat(CaseApi.sql("select kind || ':' || (details->>'decision') from case_timeline where case_id = cast(? as uuid)"
                + " and kind like 'POSTPONEMENT%'", k.caseId())).containsExactly("POSTPONEMENT_REFUSED:DENY");
        // the question consent-service got: Kronofogden, the purpose, the household's situation, with Anna's own token
        Map<String, Object> call = CaseApi.consentCalls(k.caseId()).get(0);
        assertThat(call.get("authorization")).isEqualTo("Bearer " + ANNA);
        @SuppressWarnings("unchecked")
        Map<String, Object> question = (Map<String, Object>) call.get("question");
        assertThat(question).containsEntry("purpose", "REQUEST_POSTPONEMENT").containsEntry("category", "HOUSEHOLD_SITUATION")
                .containsEntry("personalIdentityNumber", k.notice().tenants().get(0).personalIdentityNumber());
        assertThat(question.get("party")).isEqualTo(Map.of("kind", "KRONOFOGDEN", "id", "kronofogden"));

        // with the consent it is sent, and the consent it rested on is kept with it
        consentToPostponementRequests(k.caseId());
        String requestId = given().auth().oauth2(ANNA).contentType("application/json").body(needTime).post(url)
                .then().statusCode(201).extract().path("requestId");
        // the one announcement is the allowed request's: the refused attempt announced nothing
        assertThat(CaseApi.published(CaseEvents.POSTPONEMENT_REQUESTED, k.caseId(), 1).get(0).path("requestId").asText())
                .isEqualTo(requestId);
        assertThat(CaseApi.sql("select consent_id || ':' || consent_version from postponement_request where id = cast(? as uuid)",
                requestId)).containsExactly("c0n5e47-" + k.caseId().substring(0, 8) + ":3");

        // illness tells Kronofogden about someone's health: a consent for the household's situation does not cover it
        given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("kfmCaseNumber", k.notice().kfmCaseNumber(), "grounds", "ILLNESS",
                        "motivation", "The tenant is in hospital until next month"))
                .post(url).then().statusCode(403).body("type", org.hamcrest.Matchers.endsWith("/consent-required"));

        // a person outside the household cannot be the one whose consent it rests on
        given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("kfmCaseNumber", k.notice().kfmCaseNumber(), "grounds", "NEW_HOME_SOON", "motivation", "x",
                        "personalIdentityNumber", Pins.next()))
                .post(url).then().statusCode(400).body("errors.field", hasItem("personalIdentityNumber"));

        // consent-service failing: fail closed with 503, nothing sent
        given().contentType("text/plain").body("ERROR").put(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("quarkus.rest-client.consent.url", String.class) + "/test/mode/" + k.caseId()).then().statusCode(204);
        given().auth().oauth2(ANNA).contentType("application/json").body(needTime).post(url).then().statusCode(503)
                .body("type", org.hamcrest.Matchers.endsWith("/dependency-unavailable"));
        assertThat(CaseApi.sql("select count(*) from postponement_request where case_id = cast(? as uuid)", k.caseId()))
                .containsExactly("1");
    }

    @Test
    void aPostponementIsRequestedWithTheHandbooksGroundsAndItsAnswerRecorded() {
        Kfm k = kfmCase();
        consentToPostponementRequests(k.caseId());
        String url = "/api/v1/cases/" + k.caseId() + "/postponements";
        given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("kfmCaseNumber", k.notice().kfmCaseNumber(), "grounds", "BORED", "motivation", "x"))
                .post(url).then().statusCode(400);
        given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("kfmCaseNumber", "KFM-unknown", "grounds", "ILLNESS", "motivation", "x"))
                .post(url).then().statusCode(400).body("errors.field", hasItem("kfmCaseNumber"));
        Map<String, String> newHome = Map.of("kfmCaseNumber", k.notice().kfmCaseNumber(), "grounds", "NEW_HOME_SOON",
                "motivation", "A new lease starts in two weeks");
        String requestId = given().auth().oauth2(ANNA).contentType("application/json").body(newHome)
                .post(url).then().statusCode(201).extract().path("requestId");
        JsonNode requested = CaseApi.published(CaseEvents.POSTPONEMENT_REQUESTED, k.caseId(), 1).get(0);
        assertThat(requested.path("requestId").asText()).isEqualTo(requestId);
        assertThat(requested.path("grounds").asText()).isEqualTo("NEW_HOME_SOON");
        assertThat(requested.path("requestedBy").path("name").asText()).isEqualTo("Anna Andersson");

        OffsetDateTime later = OffsetDateTime.now().plusDays(30).truncatedTo(ChronoUnit.HOURS);
        TestEvents.publish(DeliveryEvents.POSTPONEMENT_ANSWERED, k.notice().keys().buildingKey(), k.caseId(),
                new PostponementAnsweredV1(UUID.fromString(requestId), UUID.fromString(k.caseId()), k.notice().kfmCaseNumber(),
                        "GRANTED", later, "Granted", Instant.now()));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> CaseApi
                .sql("select outcome from postponement_request where id = cast(? as uuid)", requestId).contains("GRANTED"));

        // Kronofogden's update moves the eviction; a cancellation ends it and nothing is left to postpone
        TestEvents.publish(TestEvents.evictionUpdate(k.notice().kfmCaseNumber(), k.notice().keys(), "POSTPONED", later, Instant.now()));
        JsonPath c = CaseApi.awaitCase(ANNA, k.caseId(), j -> "POSTPONED".equals(j.getString("evictions[0].status")));
        assertThat(c.getString("deadlines.all.find { it.kind == 'EVICTION' }.dueOn")).isEqualTo(later.atZoneSameInstant(
                java.time.ZoneId.of("Europe/Stockholm")).toLocalDate().toString());
        TestEvents.publish(TestEvents.evictionUpdate(k.notice().kfmCaseNumber(), k.notice().keys(), "CANCELLED", null, Instant.now()));
        c = CaseApi.awaitCase(ANNA, k.caseId(), j -> "CANCELLED".equals(j.getString("evictions[0].status")));
        assertThat(c.getString("deadlines.all.find { it.kind == 'EVICTION' }.state")).isEqualTo("NOT_APPLICABLE");
        given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("kfmCaseNumber", k.notice().kfmCaseNumber(), "grounds", "ILLNESS", "motivation", "x"))
                .post(url).then().statusCode(409);
    }

    @Test
    void anUpdateThatOvertakesItsNoticeWaitsForIt() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        EvictionNoticeReceivedV1 notice = TestEvents.eviction("KFM-" + System.nanoTime(), Place.fresh("41502", null), now,
                OffsetDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS), ChildrenKnownV1.NO, Pins.next());
        OffsetDateTime newDate = OffsetDateTime.now().plusDays(14).truncatedTo(ChronoUnit.HOURS);
        TestEvents.publish(TestEvents.evictionUpdate(notice.kfmCaseNumber(), notice.keys(), "NEW_DATE", newDate, now));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> CaseApi.sql(
                "select count(*) from parked_event where awaits = ?", "kfm:" + notice.kfmCaseNumber()).get(0).equals("1"));
        TestEvents.publish(notice);
        String caseId = caseIdOf(ANNA, notice.noticeId());
        assertThat(OffsetDateTime.parse(CaseApi.read(ANNA, caseId).getString("evictions[0].evictionAt")).toInstant())
                .isEqualTo(newDate.toInstant());
    }
}
