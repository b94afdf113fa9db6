package se.bokvar.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.Topics;
import se.bokvar.testsupport.KafkaTestClient;

/** Corrections (with history), the served-date update and withdrawal; only on the landlord's own notices. */
@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class AmendmentsTest {

    static ObjectNode correction(String reason, String field, ObjectNode notice) {
        ObjectNode c = Notices.MAPPER.createObjectNode();
        c.put("reason", reason);
        c.set(field, notice);
        return c;
    }

    @Test
    void aCorrectionKeepsTheHistoryHasItsOwnReceiptAndAnnouncesTheCompleteNotice() throws Exception {
        String landlord = Notices.newLandlord();
        String reference = Notices.reference();
        String id = Notices.postNew(landlord, "termination-unpaid-rent", Notices.termination(reference).put("debtAmount", 17500));
        String correctionId = Notices.post(landlord, id + "/corrections",
                correction("Skulden var fel", "termination", Notices.termination(reference).put("debtAmount", 15700)))
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/notices/" + id))
                .body("noticeId", equalTo(id))
                .body("action", equalTo("CORRECTION"))
                .body("recoveryPeriod.lastDay", notNullValue())
                .extract().path("receiptId");
        assertThat(correctionId).isNotEqualTo(id);

        given().auth().oauth2(Notices.token(landlord)).get(Notices.BASE + id).then().statusCode(200)
                .body("history.action", contains("RECEIVED", "CORRECTION"))
                .body("history[1].reason", equalTo("Skulden var fel"))
                .body("history[1].receiptId", equalTo(correctionId))
                .body("status", equalTo("RECEIVED"));

        List<ConsumerRecord<String, String>> events = KafkaTestClient.await(Topics.NOTICES.name(),
                r -> id.equals(KafkaTestClient.header(r, "ce_subject")), 2, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> KafkaTestClient.header(r, "ce_type"))
                .containsExactly(NoticeEvents.TERMINATION_RECEIVED.type(), NoticeEvents.CORRECTED.type());
        assertThat(events.get(1).key()).as("same partition key, so the order holds").isEqualTo(events.get(0).key());
        JsonNode original = Notices.MAPPER.readTree(events.get(0).value());
        JsonNode corrected = Notices.MAPPER.readTree(events.get(1).value());
        assertThat(original.path("debtAmount").decimalValue()).isEqualByComparingTo("17500");
        assertThat(corrected.path("correctionId").asText()).isEqualTo(correctionId);
        assertThat(corrected.path("correctedNoticeId").asText()).isEqualTo(id);
        assertThat(corrected.path("correctedKind").asText()).isEqualTo("TERMINATION_UNPAID_RENT");
        assertThat(corrected.at("/termination/noticeId").asText()).isEqualTo(id);
        assertThat(corrected.at("/termination/debtAmount").decimalValue()).isEqualByComparingTo("15700");
        assertThat(corrected.at("/termination/receivedAt").asText()).isEqualTo(corrected.path("receivedAt").asText());
        // both versions are kept
        assertThat(Notices.count("select count(*) from notice_amendment where notice_id = ?::uuid and payload ->> 'debtAmount' = '15700'", id)).isEqualTo(1);
    }

    @Test
    void aCorrectionMustBeTheSameKindWithTheSameReferenceAndValid() {
        String landlord = Notices.newLandlord();
        String reference = Notices.reference();
        String id = Notices.postNew(landlord, "termination-unpaid-rent", Notices.termination(reference));
        Notices.post(landlord, id + "/corrections", correction("fel", "earlyWarning", Notices.earlyWarning(reference)))
                .statusCode(400).body("errors.field", hasItem("termination"));
        Notices.post(landlord, id + "/corrections", Notices.MAPPER.createObjectNode().put("reason", "fel"))
                .statusCode(400).body("errors.field", hasItem("termination"));
        Notices.post(landlord, id + "/corrections", correction("fel", "termination", Notices.termination("OTHER-REF")))
                .statusCode(400).body("errors.field", hasItem("termination.landlordReference"));
        Notices.post(landlord, id + "/corrections", correction("fel", "termination", Notices.termination(reference).put("debtAmount", -1)))
                .statusCode(400).body("errors.field", hasItem("termination.debtAmount"));
        Notices.post(landlord, id + "/corrections", correction("", "termination", Notices.termination(reference)))
                .statusCode(400).body("errors.field", hasItem("reason"));
        ObjectNode noStreet = Notices.termination(reference);
        ((ObjectNode) noStreet.path("address")).put("street", "-,");
        Notices.post(landlord, id + "/corrections", correction("fel", "termination", noStreet))
                .statusCode(400).body("errors.field", hasItem("termination.address.street"));
        assertThat(Notices.count("select count(*) from notice_amendment where notice_id = ?::uuid", id)).isZero();
    }

    @Test
    void theServedDateSetsTheStartOfTheRecoveryPeriodAndIsNotACorrection() throws Exception {
        String landlord = Notices.newLandlord();
        String id = Notices.post(landlord, "termination-unpaid-rent", Notices.termination(Notices.reference()).putNull("servedOn"))
                .statusCode(201).body("recoveryPeriod", nullValue()).extract().path("noticeId");
        Notices.post(landlord, id + "/served-date", "{\"servedOn\":\"" + Notices.today() + "\"}")
                .statusCode(201)
                .body("action", equalTo("SERVED_DATE_UPDATE"))
                .body("recoveryPeriod.countedFrom", equalTo(Notices.today()))
                .body("recoveryPeriod.lastDay", notNullValue());
        JsonNode event = NoticeKindsTest.eventOf(id, NoticeEvents.SERVED_DATE_UPDATED);
        assertThat(event.path("servedOn").asText()).isEqualTo(Notices.today());
        given().auth().oauth2(Notices.token(landlord)).get(Notices.BASE + id).then()
                .body("servedOn", equalTo(Notices.today()))
                .body("recoveryPeriod.lastDay", notNullValue())
                .body("history.action", contains("RECEIVED", "SERVED_DATE_UPDATE"));
        // known now: changing it is a correction
        Notices.post(landlord, id + "/served-date", "{\"servedOn\":\"" + Notices.today() + "\"}").statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("correction"));
        Notices.post(landlord, id + "/served-date", "{}").statusCode(400).body("errors.field", hasItem("servedOn"));
        // only terminations have one
        String warning = Notices.postNew(landlord, "early-warning", Notices.earlyWarning(Notices.reference()));
        Notices.post(landlord, warning + "/served-date", "{\"servedOn\":\"" + Notices.today() + "\"}").statusCode(409);
    }

    @Test
    void aWithdrawnNoticeStaysWithdrawnAndCannotBeAmended() throws Exception {
        String landlord = Notices.newLandlord();
        String reference = Notices.reference();
        String id = Notices.postNew(landlord, "termination-unpaid-rent", Notices.termination(reference).putNull("servedOn"));
        Notices.post(landlord, id + "/withdrawal", "{\"reason\":\"OTHER\"}").statusCode(400).body("errors.field", hasItem("comment"));
        Notices.post(landlord, id + "/withdrawal", "{\"reason\":\"PAID\"}").statusCode(400).body("errors.field", hasItem("reason"));
        Notices.post(landlord, id + "/withdrawal", "{\"reason\":\"DEBT_PAID\",\"comment\":\"Betalt 21/11\"}").statusCode(201)
                .body("action", equalTo("WITHDRAWAL")).body("status", equalTo("WITHDRAWN"));
        JsonNode event = NoticeKindsTest.eventOf(id, NoticeEvents.WITHDRAWN);
        assertThat(event.path("reason").asText()).isEqualTo("DEBT_PAID");
        assertThat(event.path("comment").asText()).isEqualTo("Betalt 21/11");
        given().auth().oauth2(Notices.token(landlord)).get(Notices.BASE + id).then()
                .body("status", equalTo("WITHDRAWN")).body("withdrawnAt", notNullValue())
                .body("history.action", contains("RECEIVED", "WITHDRAWAL"));
        Notices.post(landlord, id + "/withdrawal", "{\"reason\":\"DEBT_PAID\"}").statusCode(409);
        Notices.post(landlord, id + "/corrections", correction("fel", "termination", Notices.termination(reference))).statusCode(409);
        Notices.post(landlord, id + "/served-date", "{\"servedOn\":\"" + Notices.today() + "\"}").statusCode(409);
        assertThat(Notices.count("select count(*) from notice_amendment where notice_id = ?::uuid", id)).isEqualTo(1);
    }

    @Test
    void anotherLandlordsNoticeIsNotFoundForEveryOperation() {
        String owner = Notices.newLandlord();
        String reference = Notices.reference();
        String id = Notices.postNew(owner, "termination-unpaid-rent", Notices.termination(reference).putNull("servedOn"));
        String other = Notices.newLandlord();
        given().auth().oauth2(Notices.token(other)).get(Notices.BASE + id).then().statusCode(404).contentType("application/problem+json");
        Notices.post(other, id + "/corrections", correction("fel", "termination", Notices.termination(reference))).statusCode(404);
        Notices.post(other, id + "/served-date", "{\"servedOn\":\"" + Notices.today() + "\"}").statusCode(404);
        Notices.post(other, id + "/withdrawal", "{\"reason\":\"DEBT_PAID\"}").statusCode(404);
        given().auth().oauth2(Notices.token(other)).queryParam("landlordReference", reference).get(Notices.BASE)
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        given().auth().oauth2(Notices.token(owner)).queryParam("landlordReference", reference).get(Notices.BASE)
                .then().statusCode(200).body("items.noticeId", contains(id));
        given().auth().oauth2(Notices.token(owner)).get(Notices.BASE + java.util.UUID.randomUUID()).then().statusCode(404);
        assertThat(Notices.count("select count(*) from notice_amendment where notice_id = ?::uuid", id)).isZero();
        given().auth().oauth2(Notices.token(owner)).get(Notices.BASE + id).then().body("status", equalTo("RECEIVED"));
    }
}
