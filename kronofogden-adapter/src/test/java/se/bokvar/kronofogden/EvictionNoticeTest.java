package se.bokvar.kronofogden;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static se.bokvar.kronofogden.Fixtures.KRONOFOGDEN;
import static se.bokvar.kronofogden.Fixtures.notice;
import static se.bokvar.kronofogden.Fixtures.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.EvictionEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.routing.PostalCode;
import se.bokvar.testsupport.ServiceTestResource;
import se.bokvar.testsupport.TestTokens;

/** Kronofogden's notices and updates in: validation, idempotency, events, security. */
@QuarkusTest
@TestProfile(KronofogdenTestProfile.class)
class EvictionNoticeTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final TenancyKeys KEYS = new TenancyKeys(ServiceTestResource.TEST_TENANCY_SECRET.getBytes(StandardCharsets.UTF_8));

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static OffsetDateTime inAWeek() {
        return OffsetDateTime.now(STOCKHOLM).plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0);
    }

    @Test
    void theContractsExampleNoticeIsValidAndAcceptedAndAnnouncedKeyedByTheBuilding() throws Exception {
        String example = ContractSchemas.example("eviction-notice");
        assertThat(ContractSchemas.violations("eviction-notice", example)).isEmpty();
        JsonNode node = ContractSchemas.MAPPER.readTree(example);
        // the example was sent at its sentAt; run the clock from there so the example stays valid
        clock.setTo(OffsetDateTime.parse(node.get("sentAt").asText()).atZoneSameInstant(STOCKHOLM).toLocalDateTime());
        String kfm = Fixtures.kfmCaseNumber();
        String body = example.replace(node.get("kfmCaseNumber").asText(), kfm);

        String receipt = post(body).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/evictions/" + kfm))
                .body("kfmCaseNumber", equalTo(kfm))
                .body("acknowledgementDueOn", equalTo("2026-11-25"))
                .body("status", equalTo("ACTIVE"))
                .extract().asString();
        assertThat(ContractSchemas.violations("eviction-notice-receipt", receipt)).isEmpty();

        List<ConsumerRecord<String, String>> events = Fixtures.events(Topics.EVICTIONS.name(),
                EvictionEvents.NOTICE_RECEIVED.type(), kfm, v -> true, 1, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        PostalCode postalCode = PostalCode.parse("41502");
        String buildingKey = KEYS.buildingKey(postalCode, "Exempelgatan 12");
        assertThat(events.get(0).key()).isEqualTo(buildingKey);
        JsonNode data = ContractSchemas.MAPPER.readTree(events.get(0).value());
        assertThat(data.get("kfmCaseNumber").asText()).isEqualTo(kfm);
        assertThat(data.get("tenants").get(0).get("personalIdentityNumber").asText()).isEqualTo("198503152384");
        assertThat(data.get("address").get("postalCode").asText()).isEqualTo("41502");
        assertThat(data.get("address").get("flatNumber").isNull()).isTrue();
        assertThat(data.get("keys").get("buildingKey").asText()).isEqualTo(buildingKey);
        // no flat number on the notice: the tenancy key of "flat unknown" at the address
        assertThat(data.get("keys").get("tenancyKey").asText()).isEqualTo(KEYS.tenancyKey(postalCode, "Exempelgatan 12", null));
        assertThat(OffsetDateTime.parse(data.get("evictionAt").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-12-03T09:00:00+01:00").toInstant());
        assertThat(data.get("applicant").get("name").asText()).isEqualTo("Hemma Bostäder AB");
        assertThat(data.get("kfmContact").get("name").asText()).isEqualTo("Karl Kronofogde");
    }

    @Test
    void theSameNoticeDeliveredAgainGetsTheSameReceiptAndIsAnnouncedOnce() throws Exception {
        String kfm = Fixtures.kfmCaseNumber();
        OffsetDateTime evictionAt = inAWeek();
        Map<String, Object> notice = notice(kfm, evictionAt);
        Map<String, Object> first = Fixtures.received(notice);

        // Kronofogden's system resends it, formatted differently and with a new sentAt: the same notice
        Map<String, Object> again = notice(kfm, evictionAt.withOffsetSameInstant(java.time.ZoneOffset.UTC));
        again.put("address", notice.get("address"));
        again.put("tenants", List.of(Map.of("personalIdentityNumber", "198503152384", "name", " Maria Exempelsson ")));
        @SuppressWarnings("unchecked")
        Map<String, Object> address = new java.util.LinkedHashMap<>((Map<String, Object>) notice.get("address"));
        address.put("postalCode", "41502");
        again.put("address", address);
        again.put("sentAt", Fixtures.iso(OffsetDateTime.now(STOCKHOLM)));
        for (int i = 0; i < 2; i++) {
            post(again).then().statusCode(200)
                    .body("noticeId", equalTo(first.get("noticeId")))
                    .body("receivedAt", equalTo(first.get("receivedAt")));
        }

        assertThat(Fixtures.query("select id from eviction_notice where kfm_case_number = ?", kfm)).hasSize(1);
        // announced exactly once (wait for the first, then make sure no second follows)
        assertThat(Fixtures.events(Topics.EVICTIONS.name(), EvictionEvents.NOTICE_RECEIVED.type(), kfm, v -> true, 1,
                Duration.ofSeconds(20))).hasSize(1);
        assertThat(Fixtures.events(Topics.EVICTIONS.name(), EvictionEvents.NOTICE_RECEIVED.type(), kfm, v -> true, 2,
                Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void anotherNoticeWithAKnownCaseNumberIsAConflictAndChangesNothing() throws Exception {
        String kfm = Fixtures.kfmCaseNumber();
        OffsetDateTime evictionAt = inAWeek();
        Map<String, Object> notice = notice(kfm, evictionAt);
        Map<String, Object> receipt = Fixtures.received(notice);
        notice.put("evictionAt", Fixtures.iso(evictionAt.plusDays(1)));
        post(notice).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://bokvar.se/problems/conflict"))
                .body("detail", org.hamcrest.Matchers.containsString("/api/v1/evictions/" + kfm + "/updates"));
        String stored = given().auth().oauth2(KRONOFOGDEN).get("/api/v1/evictions/" + kfm).then().statusCode(200)
                .body("noticeId", equalTo(receipt.get("noticeId")))
                .body("updates", hasSize(0))
                .body("acknowledgement", nullValue())
                .extract().path("evictionAt");
        assertThat(OffsetDateTime.parse(stored).toInstant()).isEqualTo(evictionAt.toInstant());
    }

    @Test
    void anInvalidNoticeNamesEveryInvalidFieldAndStoresNothing() throws Exception {
        String kfm = Fixtures.kfmCaseNumber();
        Map<String, Object> notice = notice(kfm, inAWeek());
        notice.put("tenants", List.of(Map.of("personalIdentityNumber", "19850315-2385", "name", "Maria Exempelsson")));
        @SuppressWarnings("unchecked")
        Map<String, Object> address = (Map<String, Object>) notice.get("address");
        address.put("postalCode", "4150");
        notice.remove("evictionAt");
        notice.put("kfmContact", Map.of("name", "", "email", "not-an-email"));
        post(notice).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("tenants[0].personalIdentityNumber", "address.postalCode",
                        "evictionAt", "kfmContact.name", "kfmContact.email"))
                // the invalid personnummer is never echoed
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("2385")));

        Map<String, Object> unknownField = notice(kfm, inAWeek());
        unknownField.put("debtAmount", 15700);
        post(unknownField).then().statusCode(400).body("errors[0].field", equalTo("debtAmount"))
                .body("errors[0].message", equalTo("unknown field"));

        Map<String, Object> badNumber = notice("x", inAWeek());
        post(badNumber).then().statusCode(400).body("errors[0].field", equalTo("kfmCaseNumber"));

        Map<String, Object> past = notice(kfm, OffsetDateTime.now(STOCKHOLM).minusHours(1));
        post(past).then().statusCode(400).body("errors[0].field", equalTo("evictionAt"))
                .body("errors[0].message", equalTo("must be in the future"));

        post("{\"kfmCaseNumber\": ").then().statusCode(400).contentType("application/problem+json");
        assertThat(Fixtures.query("select id from eviction_notice where kfm_case_number = ?", kfm)).isEmpty();
    }

    /**
     * Issue 12: a street, city, flat number or name with no letter or digit normalises to nothing and can make no
     * household key; it used to answer 500. Now a 400 naming each field, and nothing stored.
     */
    @Test
    void textWithoutALetterOrDigitIsRefusedNamingTheField() throws Exception {
        String kfm = Fixtures.kfmCaseNumber();
        Map<String, Object> notice = notice(kfm, inAWeek());
        notice.put("tenants", List.of(Map.of("personalIdentityNumber", "19850315-2384", "name", "\u2003\u200b")));
        notice.put("address", Map.of("street", "<>?:\"{}|_+", "postalCode", "415 02", "city", "⁰⁴⁵", "flatNumber", "-,"));
        notice.put("applicant", Map.of("name", "⅛⅜⅝⅞"));
        notice.put("kfmContact", Map.of("name", "\\"));
        post(notice).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("tenants[0].name", "address.street", "address.city",
                        "address.flatNumber", "applicant.name", "kfmContact.name"));
        assertThat(Fixtures.query("select id from eviction_notice where kfm_case_number = ?", kfm)).isEmpty();
    }

    @Test
    void onlyKronofogdensClientMayCall() {
        String kfm = Fixtures.kfmCaseNumber();
        Map<String, Object> notice = notice(kfm, inAWeek());
        given().contentType("application/json").body(notice).post("/api/v1/evictions").then().statusCode(401)
                .contentType("application/problem+json");
        for (String token : List.of(TestTokens.landlord("hemma-bostader"), TestTokens.caseworker("anna", "nordost", "adult"),
                TestTokens.supervisor("sara", "nordost"))) {
            given().auth().oauth2(token).contentType("application/json").body(notice).post("/api/v1/evictions")
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).get("/api/v1/evictions/" + kfm).then().statusCode(403);
        }
        given().auth().oauth2(KRONOFOGDEN).get("/api/v1/evictions/" + kfm).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUpdateMovesTheDateAndIsAnnouncedOnceWhateverTheRedeliveries() throws Exception {
        String kfm = Fixtures.kfmCaseNumber();
        Fixtures.received(notice(kfm, inAWeek()));
        OffsetDateTime newDate = inAWeek().plusDays(14).withHour(10);
        String update = ContractSchemas.example("eviction-update").replace("2026-12-17T09:00:00+01:00", Fixtures.iso(newDate));
        assertThat(ContractSchemas.violations("eviction-update", update)).isEmpty();

        String receipt = given().auth().oauth2(KRONOFOGDEN).contentType("application/json").body(update)
                .post("/api/v1/evictions/" + kfm + "/updates").then().statusCode(201)
                .body("kind", equalTo("NEW_DATE")).body("status", equalTo("ACTIVE"))
                .extract().asString();
        assertThat(ContractSchemas.violations("eviction-update-receipt", receipt)).isEmpty();
        // the same update again: the same answer, nothing new
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json").body(update)
                .post("/api/v1/evictions/" + kfm + "/updates").then().statusCode(200)
                .body("receivedAt", equalTo(ContractSchemas.MAPPER.readTree(receipt).get("receivedAt").asText()));
        // the same update id with other content: a conflict
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json")
                .body(update.replace(Fixtures.iso(newDate), Fixtures.iso(newDate.plusDays(1))))
                .post("/api/v1/evictions/" + kfm + "/updates").then().statusCode(409);

        String moved = given().auth().oauth2(KRONOFOGDEN).get("/api/v1/evictions/" + kfm).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("updates", hasSize(1))
                .extract().path("evictionAt");
        assertThat(OffsetDateTime.parse(moved).toInstant()).isEqualTo(newDate.toInstant());

        List<ConsumerRecord<String, String>> events = Fixtures.events(Topics.EVICTIONS.name(), EvictionEvents.UPDATED.type(),
                kfm, v -> true, 1, Duration.ofSeconds(20));
        assertThat(events).hasSize(1);
        JsonNode data = ContractSchemas.MAPPER.readTree(events.get(0).value());
        assertThat(data.get("update").asText()).isEqualTo("NEW_DATE");
        assertThat(OffsetDateTime.parse(data.get("evictionAt").asText()).toInstant()).isEqualTo(newDate.toInstant());
        assertThat(data.get("keys").get("buildingKey").asText()).isEqualTo(events.get(0).key());
        assertThat(Fixtures.events(Topics.EVICTIONS.name(), EvictionEvents.UPDATED.type(), kfm, v -> true, 2,
                Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void updatesFollowTheCaseLifecycle() {
        String kfm = Fixtures.kfmCaseNumber();
        String url = "/api/v1/evictions/" + kfm + "/updates";
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json").body(Map.of("updateId", "U1", "kind", "CANCELLED"))
                .post(url).then().statusCode(404);
        Fixtures.received(notice(kfm, inAWeek()));
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json").body(Map.of("updateId", "U1", "kind", "NEW_DATE"))
                .post(url).then().statusCode(400).body("errors[0].field", equalTo("evictionAt"));
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json")
                .body(Map.of("updateId", "U1", "kind", "CARRIED_OUT", "evictionAt", Fixtures.iso(inAWeek())))
                .post(url).then().statusCode(400).body("errors[0].field", equalTo("evictionAt"));
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json")
                .body(Map.of("updateId", "U2", "kind", "POSTPONED", "evictionAt", Fixtures.iso(inAWeek().plusDays(30))))
                .post(url).then().statusCode(201).body("status", equalTo("POSTPONED"));
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json").body(Map.of("updateId", "U3", "kind", "CANCELLED",
                "comment", "Ansökan återkallad")).post(url).then().statusCode(201).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(KRONOFOGDEN).contentType("application/json")
                .body(Map.of("updateId", "U4", "kind", "NEW_DATE", "evictionAt", Fixtures.iso(inAWeek())))
                .post(url).then().statusCode(409).body("type", equalTo("https://bokvar.se/problems/invalid-transition"));
        given().auth().oauth2(KRONOFOGDEN).get("/api/v1/evictions/" + kfm).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("updates", hasSize(2));
    }

    @Test
    void aNoticeArrivingAt2359IsDueTheSameDay() {
        clock.setTo(LocalDateTime.of(2026, 3, 10, 23, 59, 0));
        String kfm = Fixtures.kfmCaseNumber();
        post(notice(kfm, OffsetDateTime.parse("2026-03-17T09:00:00+01:00"))).then().statusCode(201)
                .body("receivedAt", org.hamcrest.Matchers.startsWith("2026-03-10T23:59"))
                .body("acknowledgementDueOn", equalTo("2026-03-10"));
    }
}
