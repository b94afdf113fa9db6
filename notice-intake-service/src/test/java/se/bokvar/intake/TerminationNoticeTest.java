package se.bokvar.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.testsupport.KafkaTestClient;
import se.bokvar.testsupport.TestTokens;

@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class TerminationNoticeTest {

    static final String PATH = "/api/v1/notices/termination-unpaid-rent";
    static final String HEMMA = TestTokens.landlord("hemma-bostader");
    static final String ALVSTADEN = TestTokens.landlord("alvstaden-fastigheter");

    /** Each notice gets its own reference: a landlord reference is unique per landlord and kind. */
    static String notice(String servedOn, String personnummer) {
        return notice(servedOn, personnummer, Notices.reference());
    }

    static String notice(String servedOn, String personnummer, String reference) {
        return """
                {
                  "tenure": "RENTAL",
                  "landlordReference": "%s",
                  "tenants": [ { "personalIdentityNumber": "%s", "name": "Maria Exempelsson" } ],
                  "address": { "street": "Exempelgatan 12", "postalCode": "415 02", "city": "Göteborg", "flatNumber": "1102" },
                  "rooms": 2,
                  "areaSquareMetres": 58,
                  "leaseType": "förstahandskontrakt",
                  "monthlyRent": 7850,
                  "debtAmount": 15700,
                  "monthsInArrears": 2,
                  "servedOn": %s,
                  "childrenKnown": "UNKNOWN",
                  "contactPerson": { "name": "Karin Förvaltare", "phone": "031-123 45 67", "email": "karin@hemma.example" }
                }
                """.formatted(reference, personnummer, servedOn == null ? "null" : "\"" + servedOn + "\"");
    }

    static final String VALID_PNR = "19850315-2384";

    @Test
    void aValidNoticeIsStoredAnsweredWithAReceiptAndPublishedAsACloudEvent() throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        String noticeId = given().auth().oauth2(HEMMA).contentType(ContentType.JSON).body(notice(today, VALID_PNR, "HB-2026-00417-" + today))
                .when().post(PATH)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/notices/"))
                .body("noticeId", notNullValue())
                .body("receivedAt", notNullValue())
                .body("recoveryPeriod.lastDay", notNullValue())
                .body("recoveryPeriod.countedFrom", equalTo(today))
                .body("status", equalTo("RECEIVED"))
                .extract().path("noticeId");

        List<ConsumerRecord<String, String>> events = KafkaTestClient.await(Topics.NOTICES.name(),
                r -> noticeId.equals(KafkaTestClient.header(r, "ce_subject")), 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        ConsumerRecord<String, String> event = events.get(0);
        assertThat(KafkaTestClient.header(event, "ce_type")).isEqualTo(NoticeEvents.TERMINATION_RECEIVED.type());
        assertThat(KafkaTestClient.header(event, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTestClient.header(event, "ce_source")).isEqualTo("/bokvar/notice-intake-service");
        // the key is a keyed hash of the building, never personal data in clear
        assertThat(event.key()).matches("[0-9a-f]{64}").doesNotContain("198503152384");
        JsonNode data = new ObjectMapper().readTree(event.value());
        assertThat(data.path("noticeId").asText()).isEqualTo(noticeId);
        assertThat(data.path("tenants").get(0).path("personalIdentityNumber").asText()).isEqualTo("198503152384");
        assertThat(data.path("address").path("postalCode").asText()).isEqualTo("41502");

        given().auth().oauth2(HEMMA).when().get("/api/v1/notices/" + noticeId)
                .then().statusCode(200).body("landlordReference", equalTo("HB-2026-00417-" + today));
    }

    @Test
    void withoutAServedDateThereIsNoRecoveryPeriodYet() {
        given().auth().oauth2(HEMMA).contentType(ContentType.JSON).body(notice(null, VALID_PNR))
                .when().post(PATH)
                .then().statusCode(201).body("recoveryPeriod", nullValue());
    }

    @Test
    void anotherLandlordsNoticeIsNotFound() {
        String noticeId = given().auth().oauth2(HEMMA).contentType(ContentType.JSON).body(notice(null, VALID_PNR))
                .when().post(PATH).then().statusCode(201).extract().path("noticeId");
        given().auth().oauth2(ALVSTADEN).when().get("/api/v1/notices/" + noticeId)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void invalidFieldsAreAllListedWithoutEchoingThem() {
        String body = notice("2999-01-01", "19850315-2385").replace("\"415 02\"", "\"41\"");
        given().auth().oauth2(HEMMA).contentType(ContentType.JSON).body(body)
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://bokvar.se/problems/validation"))
                .body("errors.field", hasItem("tenants[0].personalIdentityNumber"))
                .body("errors.field", hasItem("address.postalCode"))
                .body("errors.field", hasItem("servedOn"))
                .body(org.hamcrest.Matchers.not(containsString("2385")));
    }

    @Test
    void callersWithoutTheLandlordRoleAreRefused() {
        given().contentType(ContentType.JSON).body(notice(null, VALID_PNR)).when().post(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.caseworker("anna", "nordost", "adult")).contentType(ContentType.JSON)
                .body(notice(null, VALID_PNR)).when().post(PATH)
                .then().statusCode(403).contentType("application/problem+json");
    }
}
