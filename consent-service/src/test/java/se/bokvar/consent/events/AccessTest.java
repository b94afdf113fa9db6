package se.bokvar.consent.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.bokvar.consent.Fixtures.ANNA;
import static se.bokvar.consent.Fixtures.BENGT;
import static se.bokvar.consent.Fixtures.CECILIA;
import static se.bokvar.consent.Fixtures.HISINGEN_BOSS;
import static se.bokvar.consent.Fixtures.KRONOFOGDEN;
import static se.bokvar.consent.Fixtures.LANDLORD;
import static se.bokvar.consent.Fixtures.MARIA;
import static se.bokvar.consent.Fixtures.OLOF;
import static se.bokvar.consent.Fixtures.SARA;
import static se.bokvar.consent.Fixtures.decision;
import static se.bokvar.consent.Fixtures.writtenConsent;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import se.bokvar.consent.ConsentTestProfile;
import se.bokvar.consent.Fixtures;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.testsupport.KafkaTestClient;

/**
 * Who reaches a case's consents: the board's adult unit, its children-and-youth unit when children are affected,
 * its supervisors; nobody else. Access follows case-service's access events, in sequence order.
 */
@QuarkusTest
@TestProfile(ConsentTestProfile.class)
class AccessTest {

    static String today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString();
    }

    static int status(String token, String method, String path, String body) {
        var request = given().contentType(ContentType.JSON);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (body != null) {
            request = request.body(body);
        }
        return request.request(method, path).then().extract().statusCode();
    }

    /** The status each of the case's consent endpoints answers the token with. */
    static List<Integer> everyEndpoint(String token, UUID caseId, String consentId) {
        String withdrawal = "{ \"whole\": true, \"withdrawnOn\": \"" + today() + "\" }";
        String change = """
                { "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader" }, { "kind": "BUDGET_DEBT_COUNSELLING" },
                               { "kind": "KRONOFOGDEN" } ],
                  "purposes": [ "INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                  "categories": [ "PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                  "form": "ORAL_DOCUMENTED", "givenOn": "%s" }""".formatted(today());
        String form = """
                { "personalIdentityNumber": "%s", "parties": [ { "kind": "KRONOFOGDEN" } ], "purposes": [ "FOLLOW_UP" ],
                  "categories": [ "CASE_STATUS" ] }""".formatted(MARIA);
        return List.of(
                status(token, "GET", "/api/v1/cases/" + caseId + "/consents", null),
                status(token, "POST", "/api/v1/cases/" + caseId + "/consents", writtenConsent(MARIA, today())),
                status(token, "POST", "/api/v1/cases/" + caseId + "/consent-forms", form),
                status(token, "GET", "/api/v1/consents/" + consentId, null),
                status(token, "GET", "/api/v1/consents/" + consentId + "/form", null),
                status(token, "POST", "/api/v1/consents/" + consentId + "/changes", change),
                status(token, "POST", "/api/v1/decisions",
                        decision(caseId, MARIA, "LANDLORD", "hemma-bostader", "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT")),
                status(token, "POST", "/api/v1/consents/" + consentId + "/withdrawals", withdrawal));
    }

    static String give(String token, UUID caseId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(writtenConsent(MARIA, today()))
                .post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201).extract().path("id");
    }

    @Test
    void otherBoardsAndTheChildrenUnitWithoutChildrenFindNothing() {
        UUID caseId = Fixtures.nordostCase(MARIA);
        String id = give(ANNA, caseId);
        for (String outsider : List.of(BENGT, CECILIA, HISINGEN_BOSS,
                se.bokvar.testsupport.TestTokens.caseworker("nobody", "", "adult"))) {
            assertThat(everyEndpoint(outsider, caseId, id)).containsOnly(404);
        }
        // the consent is untouched by the attempts
        given().auth().oauth2(ANNA).get("/api/v1/consents/" + id).then().statusCode(200).body("current.version", equalTo(1));
    }

    @Test
    void landlordsKronofogdenAndAuditorsHaveNoAccessAtAll() {
        UUID caseId = Fixtures.nordostCase(MARIA);
        String id = give(ANNA, caseId);
        for (String token : List.of(LANDLORD, KRONOFOGDEN, OLOF)) {
            assertThat(everyEndpoint(token, caseId, id)).containsOnly(403);
        }
        assertThat(everyEndpoint(null, caseId, id)).containsOnly(401);
        given().auth().oauth2(ANNA).get("/api/v1/consents/" + id).then().statusCode(200).body("current.version", equalTo(1));
    }

    @Test
    void theBoardsAdultUnitAndSupervisorsWorkWithTheConsents() {
        UUID caseId = Fixtures.nordostCase(MARIA);
        String id = give(ANNA, caseId);
        // in order: list, give, form, read, print, change, decide, withdraw
        assertThat(everyEndpoint(SARA, caseId, id)).containsExactly(200, 201, 200, 200, 200, 200, 200, 200);
    }

    @Test
    void theChildrenUnitJoinsWhenChildrenAreAffected() {
        UUID caseId = Fixtures.nordostCase(MARIA);
        String id = give(ANNA, caseId);
        Fixtures.announce(caseId, "nordost", true, 2, MARIA);
        assertThat(everyEndpoint(CECILIA, caseId, id)).containsExactly(200, 201, 200, 200, 200, 200, 200, 200);
        given().auth().oauth2(CECILIA).get("/api/v1/consents/" + id).then().body("current.documentedBy", equalTo("cecilia"));
    }

    @Test
    void aCaseMovedToAnotherBoardMovesItsConsentsAndStaleEventsChangeNothing() throws Exception {
        UUID caseId = Fixtures.nordostCase(MARIA);
        String id = give(ANNA, caseId);
        Fixtures.announce(caseId, "hisingen", false, 3, MARIA);
        given().auth().oauth2(ANNA).get("/api/v1/consents/" + id).then().statusCode(404);
        given().auth().oauth2(BENGT).get("/api/v1/consents/" + id).then().statusCode(200);

        // an older event arriving late (sequence 2) is applied as a no-op
        String late = UUID.randomUUID().toString();
        Fixtures.publish(late, caseId, "nordost", true, 2, MARIA);
        awaitProcessed(late);
        assertThat(Fixtures.<String>single("select board from case_access where case_id = ?", caseId)).isEqualTo("hisingen");
        assertThat(Fixtures.sequenceOf(caseId)).isEqualTo(3);
        given().auth().oauth2(ANNA).get("/api/v1/consents/" + id).then().statusCode(404);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        UUID caseId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        Fixtures.publish(eventId, caseId, "nordost", false, 5, MARIA);
        Fixtures.awaitSequence(caseId, 5);
        // the same event id again, even with other content, changes nothing
        Fixtures.publish(eventId, caseId, "hisingen", false, 6, MARIA);
        UUID marker = UUID.randomUUID();
        publishOnKey(caseId.toString(), marker, 1);
        Fixtures.awaitSequence(marker, 1);
        assertThat(Fixtures.<String>single("select board from case_access where case_id = ?", caseId)).isEqualTo("nordost");
        assertThat(Fixtures.sequenceOf(caseId)).isEqualTo(5);
    }

    @Test
    void otherEventTypesOnTheTopicAreIgnored() throws Exception {
        UUID caseId = UUID.randomUUID();
        KafkaTestClient.publish(Topics.CASE_EVENTS.name(), caseId.toString(), UUID.randomUUID().toString(),
                CaseEvents.NOTICE_REGISTERED.type(), caseId.toString(),
                "{\"caseId\":\"" + caseId + "\",\"board\":\"nordost\",\"childrenAffected\":false,\"status\":\"OPENED\","
                        + "\"personKeys\":[],\"sequence\":1}");
        UUID marker = UUID.randomUUID();
        publishOnKey(caseId.toString(), marker, 1);
        Fixtures.awaitSequence(marker, 1);
        assertThat(Fixtures.sequenceOf(caseId)).isEqualTo(-1);
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId + "/consents").then().statusCode(404);
    }

    @Test
    void aCaseNeverAnnouncedOrNotYetRoutedHasNoConsentsForAnyone() {
        UUID unknown = UUID.randomUUID();
        for (String token : List.of(ANNA, SARA, CECILIA)) {
            given().auth().oauth2(token).get("/api/v1/cases/" + unknown + "/consents").then().statusCode(404)
                    .contentType("application/problem+json");
        }
        UUID unrouted = UUID.randomUUID();
        Fixtures.announce(unrouted, null, false, 1, MARIA);
        for (String token : List.of(ANNA, SARA, HISINGEN_BOSS)) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(writtenConsent(MARIA, today()))
                    .post("/api/v1/cases/" + unrouted + "/consents").then().statusCode(404);
        }
        given().auth().oauth2(ANNA).get("/api/v1/consents/" + UUID.randomUUID()).then().statusCode(404);
    }

    /** A valid access event for {@code caseId}, published with the given record key (same key: same partition, in order). */
    static void publishOnKey(String key, UUID caseId, long sequence) {
        KafkaTestClient.publish(Topics.CASE_EVENTS.name(), key, UUID.randomUUID().toString(), CaseEvents.ACCESS_CHANGED.type(),
                caseId.toString(), "{\"caseId\":\"" + caseId + "\",\"board\":\"nordost\",\"childrenAffected\":false,"
                        + "\"status\":\"OPENED\",\"personKeys\":[],\"sequence\":" + sequence + ",\"at\":\"2026-11-22T10:00:00Z\"}");
    }

    static void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Fixtures.single("select event_id from processed_event where event_id = ?",
                        UUID.fromString(eventId)) != null);
    }
}
