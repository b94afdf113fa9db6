package se.bokvar.consent.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static se.bokvar.consent.Fixtures.ANNA;
import static se.bokvar.consent.Fixtures.MARIA;
import static se.bokvar.consent.Fixtures.nordostCase;
import static se.bokvar.consent.Fixtures.writtenConsent;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.bokvar.consent.ConsentTestProfile;
import se.bokvar.consent.Fixtures;
import se.bokvar.consent.TestClock;
import se.bokvar.contracts.ConsentEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.testsupport.KafkaTestClient;

/** Recording consents: version 1, changes, each kind of withdrawal, history intact, events, rejections. */
@QuarkusTest
@TestProfile(ConsentTestProfile.class)
class ConsentRecordsTest {

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper mapper;

    JsonNode json(String value) {
        try {
            return mapper.readTree(value);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String today() {
        return LocalDate.now(clock).toString();
    }

    static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    String give(UUID caseId, String body) {
        return post(ANNA, "/api/v1/cases/" + caseId + "/consents", body).statusCode(201).extract().path("id");
    }

    @Test
    void aWrittenConsentIsRecordedAsVersionOneAndAnnounced() throws Exception {
        UUID caseId = nordostCase(MARIA);
        var created = post(ANNA, "/api/v1/cases/" + caseId + "/consents", writtenConsent(MARIA, today()))
                .statusCode(201)
                .body("caseId", equalTo(caseId.toString()))
                .body("personalIdentityNumber", equalTo("198503152384"))
                .body("legalGround", equalTo("CONSENT"))
                .body("status", equalTo("ACTIVE"))
                .body("current.version", equalTo(1))
                .body("current.change", equalTo("GIVEN"))
                .body("current.form", equalTo("WRITTEN"))
                .body("current.signedFormReference", equalTo("TRESERVA-0042"))
                .body("current.givenOn", equalTo(today()))
                .body("current.scope.parties.kind", contains("LANDLORD", "BUDGET_DEBT_COUNSELLING"))
                .body("current.scope.parties[0].name", equalTo("Hemma Bostäder AB"))
                .body("current.scope.parties[1].id", equalTo("budget-debt-counselling"))
                .body("current.scope.purposes", contains("INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT"))
                .body("current.added.categories", contains("PLANNED_SUPPORT", "PAYMENT_COMMITMENT"))
                .body("current.removed", nullValue())
                .body("current.documentedBy", equalTo("anna"))
                .body("current.documentedByName", equalTo("Anna Handläggare"))
                .body("versions", hasSize(1))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/consents/" + id);
        assertThat(Fixtures.<Long>single("select count(*) from consent where case_id = ?", caseId)).isEqualTo(1L);

        given().auth().oauth2(ANNA).get("/api/v1/consents/" + id).then().statusCode(200)
                .body("current.version", equalTo(1)).body("versions", hasSize(1));
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId + "/consents").then().statusCode(200)
                .body("id", hasItem(id))
                .body("[0].versions", nullValue());

        List<ConsumerRecord<String, String>> events = KafkaTestClient.await(Topics.CONSENTS.name(),
                r -> id.equals(KafkaTestClient.header(r, "ce_subject")), 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> event = events.get(0);
        assertThat(KafkaTestClient.header(event, "ce_type")).isEqualTo(ConsentEvents.CHANGED.type());
        assertThat(event.key()).isEqualTo(Fixtures.personKey(MARIA));
        JsonNode data = json(event.value());
        assertThat(data.get("change").asText()).isEqualTo("GIVEN");
        assertThat(data.get("version").asInt()).isEqualTo(1);
        assertThat(data.get("consentId").asText()).isEqualTo(id);
        assertThat(data.get("caseId").asText()).isEqualTo(caseId.toString());
        assertThat(data.get("legalGround").asText()).isEqualTo("CONSENT");
        assertThat(data.get("personKey").asText()).isEqualTo(Fixtures.personKey(MARIA));
        assertThat(data.get("documentedBy").asText()).isEqualTo("anna");
        assertThat(data.get("form").asText()).isEqualTo("WRITTEN");
        assertThat(data.at("/scope/parties/0/id").asText()).isEqualTo("hemma-bostader");
        assertThat(data.at("/scope/parties/0/name").isNull()).isTrue();
        assertThat(data.at("/scope/purposes/1").asText()).isEqualTo("PAYMENT_COMMITMENT");
        assertThat(event.value()).doesNotContain("198503152384", "19850315", "Hemma Bostäder AB");
    }

    @Test
    void historyStaysIntactThroughAChangeAndEveryKindOfWithdrawal() throws Exception {
        UUID caseId = nordostCase(MARIA);
        String id = give(caseId, writtenConsent(MARIA, today()));
        Map<String, Object> v1 = given().auth().oauth2(ANNA).get("/api/v1/consents/" + id).then().statusCode(200)
                .extract().path("versions[0]");
        List<Map<String, Object>> v1Row = Fixtures.rows("select scope::text, changes::text, form, given_on, recorded_at"
                + " from consent_version where consent_id = ? and version = 1", UUID.fromString(id));

        // 2: an extension (Kronofogden, case status), the person agreeing orally
        post(ANNA, "/api/v1/consents/" + id + "/changes", """
                { "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader", "name": "Hemma Bostäder AB" },
                               { "kind": "BUDGET_DEBT_COUNSELLING" }, { "kind": "KRONOFOGDEN" } ],
                  "purposes": [ "INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                  "categories": [ "PLANNED_SUPPORT", "PAYMENT_COMMITMENT", "CASE_STATUS" ],
                  "form": "ORAL_DOCUMENTED", "givenOn": "%s", "basedOnVersion": 1 }""".formatted(today()))
                .statusCode(200)
                .body("current.version", equalTo(2)).body("current.change", equalTo("CHANGED"))
                .body("current.added.parties.kind", contains("KRONOFOGDEN"))
                .body("current.added.categories", contains("CASE_STATUS"))
                .body("current.removed", nullValue());
        // 3: one party withdrawn
        post(ANNA, "/api/v1/consents/" + id + "/withdrawals", """
                { "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader" } ], "withdrawnOn": "%s",
                  "form": "ORAL_DOCUMENTED", "note": "does not want the landlord told anything" }""".formatted(today()))
                .statusCode(200)
                .body("current.version", equalTo(3)).body("current.change", equalTo("PARTLY_WITHDRAWN"))
                .body("current.removed.parties.id", contains("hemma-bostader"))
                .body("current.scope.parties.kind", contains("BUDGET_DEBT_COUNSELLING", "KRONOFOGDEN"))
                .body("status", equalTo("ACTIVE"));
        // 4: one purpose withdrawn
        post(ANNA, "/api/v1/consents/" + id + "/withdrawals", """
                { "purposes": [ "PAYMENT_COMMITMENT" ], "withdrawnOn": "%s" }""".formatted(today()))
                .statusCode(200)
                .body("current.version", equalTo(4)).body("current.removed.purposes", contains("PAYMENT_COMMITMENT"))
                .body("current.scope.purposes", contains("INFORM_PLANNED_SUPPORT"));
        // 5: one category withdrawn
        post(ANNA, "/api/v1/consents/" + id + "/withdrawals", """
                { "categories": [ "CASE_STATUS" ], "withdrawnOn": "%s", "basedOnVersion": 4 }""".formatted(today()))
                .statusCode(200)
                .body("current.version", equalTo(5)).body("current.removed.categories", contains("CASE_STATUS"))
                .body("current.scope.categories", contains("PLANNED_SUPPORT", "PAYMENT_COMMITMENT"));
        // 6: wholly withdrawn
        post(ANNA, "/api/v1/consents/" + id + "/withdrawals", """
                { "whole": true, "withdrawnOn": "%s", "form": "WRITTEN" }""".formatted(today()))
                .statusCode(200)
                .body("current.version", equalTo(6)).body("current.change", equalTo("WITHDRAWN"))
                .body("current.scope.parties", hasSize(0))
                .body("current.removed.parties.kind", contains("BUDGET_DEBT_COUNSELLING", "KRONOFOGDEN"))
                .body("status", equalTo("WITHDRAWN"));

        // every version is still there, version 1 exactly as it was
        given().auth().oauth2(ANNA).get("/api/v1/consents/" + id).then().statusCode(200)
                .body("versions.version", contains(1, 2, 3, 4, 5, 6))
                .body("versions.change", contains("GIVEN", "CHANGED", "PARTLY_WITHDRAWN", "PARTLY_WITHDRAWN",
                        "PARTLY_WITHDRAWN", "WITHDRAWN"))
                .body("versions[0]", equalTo(v1))
                .body("versions[2].note", equalTo("does not want the landlord told anything"));
        assertThat(Fixtures.rows("select scope::text, changes::text, form, given_on, recorded_at from consent_version"
                + " where consent_id = ? and version = 1", UUID.fromString(id))).isEqualTo(v1Row);
        assertThat(Fixtures.<Long>single("select count(*) from consent_version where consent_id = ?", UUID.fromString(id)))
                .isEqualTo(6L);

        // a wholly withdrawn consent never changes again
        post(ANNA, "/api/v1/consents/" + id + "/withdrawals", """
                { "whole": true, "withdrawnOn": "%s" }""".formatted(today()))
                .statusCode(409).contentType("application/problem+json");
        post(ANNA, "/api/v1/consents/" + id + "/changes", """
                { "parties": [ { "kind": "KRONOFOGDEN" } ], "purposes": [ "OTHER" ], "otherPurpose": "x",
                  "categories": [ "CASE_STATUS" ], "form": "ORAL_DOCUMENTED", "givenOn": "%s" }""".formatted(today()))
                .statusCode(409);

        // each version was announced, in order, on the person's key
        List<ConsumerRecord<String, String>> events = KafkaTestClient.await(Topics.CONSENTS.name(),
                r -> id.equals(KafkaTestClient.header(r, "ce_subject")), 6, Duration.ofSeconds(30));
        List<JsonNode> data = events.stream().map(e -> json(e.value())).toList();
        assertThat(data).extracting(d -> d.get("version").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(data).extracting(d -> d.get("change").asText()).containsExactly("GIVEN", "CHANGED", "PARTLY_WITHDRAWN",
                "PARTLY_WITHDRAWN", "PARTLY_WITHDRAWN", "WITHDRAWN");
        assertThat(data.get(1).get("form").asText()).isEqualTo("ORAL_DOCUMENTED");
        assertThat(data.get(2).get("scope").toString()).doesNotContain("hemma-bostader");
        assertThat(data.get(5).at("/scope/parties").size()).isZero();
        assertThat(events).extracting(ConsumerRecord::key).containsOnly(Fixtures.personKey(MARIA));
    }

    @Test
    void aStaleBasedOnVersionIsAConflictAndStoresNothing() throws Exception {
        UUID caseId = nordostCase(MARIA);
        String id = give(caseId, writtenConsent(MARIA, today()));
        post(ANNA, "/api/v1/consents/" + id + "/withdrawals", """
                { "purposes": [ "PAYMENT_COMMITMENT" ], "withdrawnOn": "%s", "basedOnVersion": 1 }""".formatted(today()))
                .statusCode(200);
        post(ANNA, "/api/v1/consents/" + id + "/withdrawals", """
                { "categories": [ "PAYMENT_COMMITMENT" ], "withdrawnOn": "%s", "basedOnVersion": 1 }""".formatted(today()))
                .statusCode(409).body("detail", containsString("version 2"));
        assertThat(Fixtures.<Long>single("select count(*) from consent_version where consent_id = ?", UUID.fromString(id)))
                .isEqualTo(2L);
    }

    @Test
    void aChangeNeverRemovesAndAWithdrawalNamesOnlyWhatIsCovered() throws Exception {
        UUID caseId = nordostCase(MARIA);
        String id = give(caseId, writtenConsent(MARIA, today()));
        post(ANNA, "/api/v1/consents/" + id + "/changes", """
                { "parties": [ { "kind": "BUDGET_DEBT_COUNSELLING" } ],
                  "purposes": [ "INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                  "categories": [ "PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                  "form": "WRITTEN", "signedFormReference": "TRESERVA-0042", "givenOn": "%s" }""".formatted(today()))
                .statusCode(400).body("errors.field", contains("parties"))
                .body("errors[0].message", containsString("record a withdrawal"));
        post(ANNA, "/api/v1/consents/" + id + "/changes", """
                { "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader", "name": "Hemma Bostäder AB" },
                               { "kind": "BUDGET_DEBT_COUNSELLING" } ],
                  "purposes": [ "INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                  "categories": [ "PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                  "form": "WRITTEN", "signedFormReference": "TRESERVA-0042", "givenOn": "%s" }""".formatted(today()))
                .statusCode(400).body("errors.field", contains("body"));
        post(ANNA, "/api/v1/consents/" + id + "/withdrawals", """
                { "parties": [ { "kind": "KRONOFOGDEN" } ], "categories": [ "HEALTH" ], "withdrawnOn": "%s" }""".formatted(today()))
                .statusCode(400).body("errors.field", contains("parties[0]", "categories[0]"));
        post(ANNA, "/api/v1/consents/" + id + "/withdrawals", """
                { "withdrawnOn": "%s" }""".formatted(today()))
                .statusCode(400).body("errors.field", contains("body"));
        post(ANNA, "/api/v1/consents/" + id + "/withdrawals", """
                { "whole": true, "purposes": [ "PAYMENT_COMMITMENT" ], "withdrawnOn": "%s" }""".formatted(today()))
                .statusCode(400).body("errors.field", contains("whole"));
        post(ANNA, "/api/v1/consents/" + id + "/withdrawals", """
                { "whole": true, "withdrawnOn": "%s" }""".formatted(LocalDate.now(clock).minusDays(1)))
                .statusCode(400).body("errors.field", contains("withdrawnOn"));
        post(ANNA, "/api/v1/consents/" + id + "/withdrawals", """
                { "whole": true, "withdrawnOn": "%s" }""".formatted(LocalDate.now(clock).plusDays(1)))
                .statusCode(400).body("errors.field", contains("withdrawnOn"));
        assertThat(Fixtures.<Long>single("select count(*) from consent_version where consent_id = ?", UUID.fromString(id)))
                .isEqualTo(1L);
    }

    @Test
    void invalidConsentsNameEveryInvalidFieldAndStoreNothing() throws Exception {
        UUID caseId = nordostCase(MARIA);
        String path = "/api/v1/cases/" + caseId + "/consents";
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();
        String yesterday = LocalDate.now(clock).minusDays(1).toString();
        record Case(String body, List<String> fields) {
        }
        List<Case> cases = List.of(
                new Case("{}", List.of("categories", "givenOn", "parties", "personalIdentityNumber", "purposes")),
                new Case(writtenConsent("19850315-2385", today()), List.of("personalIdentityNumber")),
                new Case(writtenConsent(MARIA, today()).replace("\"signedFormReference\": \"TRESERVA-0042\"",
                        "\"signedFormReference\": \" \""), List.of("signedFormReference")),
                new Case(writtenConsent(MARIA, tomorrow), List.of("givenOn")),
                new Case(writtenConsent(MARIA, today()).replace("\"form\": \"WRITTEN\",", ""), List.of("form", "signedFormReference")),
                new Case(writtenConsent(MARIA, today()).replace("\"form\": \"WRITTEN\"", "\"form\": \"SPOKEN\""), List.of("form")),
                new Case(writtenConsent(MARIA, today()).replace("\"signedFormReference\"", "\"validUntil\": \"" + yesterday
                        + "\", \"signedFormReference\""), List.of("validUntil")),
                new Case(writtenConsent(MARIA, today()).replace("\"form\"", "\"colour\": \"red\", \"form\""), List.of("colour")),
                new Case("""
                        { "personalIdentityNumber": "%s",
                          "parties": [ { "kind": "OTHER_ADMINISTRATION", "id": "police" }, { "kind": "NAMED_PARTY", "id": "relative-1" },
                                       { "kind": "KRONOFOGDEN", "id": "kfm" }, { "kind": "KRONOFOGDEN" }, { "kind": "KRONOFOGDEN" } ],
                          "purposes": [ "OTHER", "FOLLOW_UP", "FOLLOW_UP" ], "categories": [ "CASE_STATUS" ],
                          "otherCategory": "something", "form": "ORAL_DOCUMENTED", "givenOn": "%s" }""".formatted(MARIA, today()),
                        List.of("otherCategory", "otherPurpose", "parties[0].id", "parties[1].name", "parties[2].id",
                                "parties[4]", "purposes[2]")),
                new Case("""
                        { "personalIdentityNumber": "%s", "legalGround": "OSL_26_9C",
                          "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader" } ],
                          "purposes": [ "CONTACT_ADMINISTRATION" ], "categories": [ "PLANNED_SUPPORT" ],
                          "form": "ORAL_DOCUMENTED", "givenOn": "%s" }""".formatted(MARIA, today()), List.of("form", "parties")));
        for (Case c : cases) {
            String body = post(ANNA, path, c.body()).statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://bokvar.se/problems/validation"))
                    .body("errors.field", containsInAnyOrder(c.fields().toArray()))
                    .extract().asString();
            assertThat(body).as(c.body()).doesNotContain("19850315", "198503152385");
        }
        post(ANNA, path, "{ not json").statusCode(400).contentType("application/problem+json");
        assertThat(Fixtures.<Long>single("select count(*) from consent where case_id = ?", caseId)).isZero();
    }

    @Test
    void thePersonMustBeOneOfTheCasesPersons() throws Exception {
        UUID caseId = nordostCase(MARIA);
        String stranger = Fixtures.newPerson();
        post(ANNA, "/api/v1/cases/" + caseId + "/consents", writtenConsent(stranger, today()))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://bokvar.se/problems/conflict"))
                .body("errors[0].field", equalTo("personalIdentityNumber"))
                .body(not(containsString(stranger.substring(0, 8))));
        assertThat(Fixtures.<Long>single("select count(*) from consent where case_id = ?", caseId)).isZero();
        // once case-service announces the person as a member, the same request succeeds
        Fixtures.announce(caseId, "nordost", false, 2, MARIA, stranger);
        post(ANNA, "/api/v1/cases/" + caseId + "/consents", writtenConsent(stranger, today())).statusCode(201);
    }

    @Test
    void anotherLegalGroundIsRecordedExplicitlyWithoutAForm() {
        UUID caseId = nordostCase(MARIA);
        post(ANNA, "/api/v1/cases/" + caseId + "/consents", """
                { "personalIdentityNumber": "%s", "legalGround": "OSL_26_9C",
                  "parties": [ { "kind": "OTHER_ADMINISTRATION", "id": "elderly-care" } ],
                  "purposes": [ "CONTACT_ADMINISTRATION" ], "categories": [ "PLANNED_SUPPORT", "HOUSEHOLD_SITUATION" ],
                  "givenOn": "%s", "note": "home-help service granted by elderly care" }""".formatted(MARIA, today()))
                .statusCode(201)
                .body("legalGround", equalTo("OSL_26_9C"))
                .body("current.form", nullValue());
    }

    @Test
    void anOralConsentCanLaterBeConfirmedInWriting() {
        UUID caseId = nordostCase(MARIA);
        String oral = writtenConsent(MARIA, today()).replace("\"form\": \"WRITTEN\"", "\"form\": \"ORAL_DOCUMENTED\"")
                .replace(",\n  \"signedFormReference\": \"TRESERVA-0042\"", "");
        String id = give(caseId, oral);
        post(ANNA, "/api/v1/consents/" + id + "/changes", """
                { "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader", "name": "Hemma Bostäder AB" },
                               { "kind": "BUDGET_DEBT_COUNSELLING" } ],
                  "purposes": [ "INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                  "categories": [ "PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                  "form": "WRITTEN", "signedFormReference": "TRESERVA-0099", "givenOn": "%s" }""".formatted(today()))
                .statusCode(200)
                .body("current.version", equalTo(2))
                .body("current.form", equalTo("WRITTEN"))
                .body("current.added", nullValue())
                .body("versions[0].form", equalTo("ORAL_DOCUMENTED"));
    }

    @Test
    void concurrentWithdrawalsAllLandWithoutLosingOrDoublingAVersion() throws Exception {
        UUID caseId = nordostCase(MARIA);
        String id = give(caseId, """
                { "personalIdentityNumber": "%s", "parties": [ { "kind": "KRONOFOGDEN" } ],
                  "purposes": [ "INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT", "CONTACT_ADMINISTRATION", "FOLLOW_UP",
                                "CONTACT_LANDLORD" ],
                  "categories": [ "CASE_STATUS" ], "form": "ORAL_DOCUMENTED", "givenOn": "%s" }""".formatted(MARIA, today()));
        List<String> purposes = List.of("INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT", "CONTACT_ADMINISTRATION", "FOLLOW_UP");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(purposes.size());
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (String purpose : purposes) {
                results.add(pool.submit(() -> {
                    start.await();
                    return post(ANNA, "/api/v1/consents/" + id + "/withdrawals",
                            "{ \"purposes\": [ \"" + purpose + "\" ], \"withdrawnOn\": \"" + today() + "\" }")
                            .extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var r : results) {
                statuses.add(r.get());
            }
            // serialised per consent: every withdrawal lands, each on the version the previous one wrote
            assertThat(statuses).containsOnly(200);
            given().auth().oauth2(ANNA).get("/api/v1/consents/" + id).then().statusCode(200)
                    .body("versions.version", contains(1, 2, 3, 4, 5))
                    .body("current.scope.purposes", contains("CONTACT_LANDLORD"));
        } finally {
            pool.shutdownNow();
        }
    }
}
