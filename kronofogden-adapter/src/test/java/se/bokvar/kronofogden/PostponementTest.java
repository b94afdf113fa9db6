package se.bokvar.kronofogden;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.bokvar.kronofogden.Fixtures.ANNA;
import static se.bokvar.kronofogden.Fixtures.KRONOFOGDEN;
import static se.bokvar.kronofogden.Fixtures.notice;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.testsupport.TestTokens;

/** Postponement (anstånd): the caseworker's request reaches Kronofogden; Kronofogden's answer reaches the case. */
@QuarkusTest
@TestProfile(KronofogdenTestProfile.class)
class PostponementTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @InjectFakeKronofogden
    FakeKronofogden kronofogden;

    @AfterEach
    void reset() {
        kronofogden.accept();
    }

    static JsonNode read(String json) {
        try {
            return ContractSchemas.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode answered(UUID caseId, String outcome) {
        var events = Fixtures.events(Topics.KRONOFOGDEN_DELIVERIES.name(), DeliveryEvents.POSTPONEMENT_ANSWERED.type(),
                caseId.toString(), Fixtures.field("outcome", outcome), 1, WAIT);
        assertThat(events).as("%s for case %s", outcome, caseId).hasSize(1);
        return read(events.get(0).value());
    }

    @Test
    void aRequestIsDeliveredToKronofogdenAndItsAnswerReachesTheCase() throws Exception {
        String kfm = Fixtures.kfmCaseNumber();
        OffsetDateTime evictionAt = OffsetDateTime.now(STOCKHOLM).plusDays(7).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Fixtures.received(notice(kfm, evictionAt));
        UUID caseId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        kronofogden.refuseNext(1);
        Fixtures.publish(new PostponementRequestedV1(requestId, caseId, kfm, "NEW_HOME_SOON",
                "Hushållet har fått ett förstahandskontrakt med tillträde om tre veckor.", ANNA, Instant.now()));

        FakeKronofogden.Received request = await().atMost(WAIT).until(
                () -> kronofogden.confirmed("/postponement-requests", requestId.toString()), list -> !list.isEmpty()).get(0);
        assertThat(request.violations()).isEmpty();
        assertThat(request.idempotencyKey()).isEqualTo(requestId.toString());
        JsonNode body = read(request.body());
        assertThat(body.get("grounds").asText()).isEqualTo("NEW_HOME_SOON");
        assertThat(body.get("kfmCaseNumber").asText()).isEqualTo(kfm);
        assertThat(body.get("motivation").asText()).contains("förstahandskontrakt");
        assertThat(body.get("requestedBy").get("name").asText()).isEqualTo("Anna Handläggare");
        assertThat(body.get("socialServicesReference").asText()).isEqualTo(caseId.toString());

        JsonNode sent = answered(caseId, "SENT");
        assertThat(sent.get("requestId").asText()).isEqualTo(requestId.toString());
        assertThat(Fixtures.query("select a.outcome from delivery_attempt a where a.delivery_id = ? order by a.id", requestId))
                .extracting(r -> r.get("outcome")).containsExactly("REFUSED", "CONFIRMED");

        // Kronofogden grants it, with a new date
        OffsetDateTime newDate = evictionAt.plusDays(28);
        String answer = ContractSchemas.example("postponement-answer")
                .replace("2027-01-14T09:00:00+01:00", Fixtures.iso(newDate));
        assertThat(ContractSchemas.violations("postponement-answer", answer)).isEmpty();
        String url = "/api/v1/postponement-requests/" + requestId + "/answer";
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json").body(answer).post(url).then().statusCode(200)
                .body("outcome", equalTo("GRANTED")).body("kfmCaseNumber", equalTo(kfm));
        JsonNode granted = answered(caseId, "GRANTED");
        assertThat(OffsetDateTime.parse(granted.get("newEvictionAt").asText()).toInstant()).isEqualTo(newDate.toInstant());
        assertThat(granted.get("comment").asText()).startsWith("Anstånd beviljas");
        String status = given().auth().oauth2(KRONOFOGDEN).get("/api/v1/evictions/" + kfm).then().statusCode(200)
                .body("status", equalTo("POSTPONED")).extract().path("evictionAt");
        assertThat(OffsetDateTime.parse(status).toInstant()).isEqualTo(newDate.toInstant());

        // the same answer again is fine; another answer is a conflict; announced once
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json").body(answer).post(url).then().statusCode(200);
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json")
                .body(Map.of("outcome", "REFUSED", "decidedAt", Fixtures.iso(OffsetDateTime.now(STOCKHOLM))))
                .post(url).then().statusCode(409);
        assertThat(Fixtures.events(Topics.KRONOFOGDEN_DELIVERIES.name(), DeliveryEvents.POSTPONEMENT_ANSWERED.type(),
                caseId.toString(), Fixtures.field("outcome", "GRANTED"), 2, Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void answersAreCheckedAndOnlyKronofogdenMayAnswer() {
        String kfm = Fixtures.kfmCaseNumber();
        Fixtures.received(notice(kfm, OffsetDateTime.now(STOCKHOLM).plusDays(7).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        UUID caseId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        Fixtures.publish(new PostponementRequestedV1(requestId, caseId, kfm, "ILLNESS", null, ANNA, Instant.now()));
        answered(caseId, "SENT");
        String url = "/api/v1/postponement-requests/" + requestId + "/answer";
        Map<String, Object> refused = Map.of("outcome", "REFUSED", "decidedAt", Fixtures.iso(OffsetDateTime.now(STOCKHOLM)),
                "newEvictionAt", Fixtures.iso(OffsetDateTime.now(STOCKHOLM).plusDays(30)));
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json").body(refused).post(url).then().statusCode(400)
                .body("errors[0].field", equalTo("newEvictionAt"));
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json").body(Map.of("outcome", "MAYBE")).post(url)
                .then().statusCode(400).body("errors[0].field", equalTo("outcome"));
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json")
                .body(Map.of("outcome", "REFUSED", "decidedAt", Fixtures.iso(OffsetDateTime.now(STOCKHOLM))))
                .post("/api/v1/postponement-requests/" + UUID.randomUUID() + "/answer").then().statusCode(404);
        for (String token : List.of(TestTokens.caseworker("anna", "nordost", "adult"), TestTokens.landlord("hemma-bostader"))) {
            given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("outcome", "REFUSED", "decidedAt", Fixtures.iso(OffsetDateTime.now(STOCKHOLM))))
                    .post(url).then().statusCode(403);
        }
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json")
                .body(Map.of("outcome", "REFUSED", "comment", "Skälen räcker inte.", "decidedAt", Fixtures.iso(OffsetDateTime.now(STOCKHOLM))))
                .post(url).then().statusCode(200).body("outcome", equalTo("REFUSED"));
        JsonNode refusedEvent = answered(caseId, "REFUSED");
        assertThat(refusedEvent.get("newEvictionAt").isNull()).isTrue();
        given().auth().oauth2(KRONOFOGDEN).get("/api/v1/evictions/" + kfm).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }
}
