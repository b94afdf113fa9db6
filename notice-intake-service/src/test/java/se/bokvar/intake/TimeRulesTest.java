package se.bokvar.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.contracts.NoticeEvents;

/**
 * The rules that depend on the day, with a controlled clock: the receipt's recovery period (the domain brief's test
 * vectors), a corrected termination restarting it from the correction's receipt, the served-date update, the
 * clock-skew tolerance for dates, and the century of 10-digit personnummer.
 */
@QuarkusTest
@TestProfile(ClockTestProfile.class)
class TimeRulesTest {

    @Inject
    TestClock clock;

    ObjectNode termination(String servedOn) {
        ObjectNode n = Notices.termination(Notices.reference());
        if (servedOn == null) {
            n.putNull("servedOn");
        } else {
            n.put("servedOn", servedOn);
        }
        return n;
    }

    @ParameterizedTest(name = "served {0} and received the same day: last day {1}")
    @CsvSource({ "2025-12-03,2025-12-29", "2025-12-10,2026-01-02", "2026-05-29,2026-06-22", "2026-03-13,2026-04-07" })
    void theReceiptShowsTheRecoveryPeriodOfTheDomainBriefsVectors(String served, String lastDay) {
        clock.set(served + "T10:00");
        Notices.post(Notices.newLandlord(), "termination-unpaid-rent", termination(served)).statusCode(201)
                .body("receivedAt", org.hamcrest.Matchers.startsWith(served + "T10:00"))
                .body("recoveryPeriod.countedFrom", equalTo(served))
                .body("recoveryPeriod.lastDay", equalTo(lastDay))
                .body("recoveryPeriod.legalBasis", equalTo("Jordabalken 12 kap. 44 §"));
    }

    @Test
    void thePeriodCountsFromTheLaterOfServiceAndReceiptAndIsTwoWeeksForPremises() {
        clock.set("2025-12-03T10:00");
        Notices.post(Notices.newLandlord(), "termination-unpaid-rent", termination("2025-11-28")).statusCode(201)
                .body("recoveryPeriod.countedFrom", equalTo("2025-12-03"))
                .body("recoveryPeriod.lastDay", equalTo("2025-12-29"));
        Notices.post(Notices.newLandlord(), "termination-unpaid-rent",
                termination("2025-12-03").put("tenure", "TENANT_OWNED_PREMISES")).statusCode(201)
                .body("recoveryPeriod.lastDay", equalTo("2025-12-17"))
                .body("recoveryPeriod.legalBasis", equalTo("Bostadsrättslagen 7 kap. 23 §"));
    }

    @Test
    void aCorrectedTerminationStartsTheRecoveryPeriodAgainFromTheCorrectionsReceipt() throws Exception {
        String landlord = Notices.newLandlord();
        clock.set("2025-12-03T10:00");
        ObjectNode original = termination("2025-12-03");
        String id = Notices.post(landlord, "termination-unpaid-rent", original).statusCode(201)
                .body("recoveryPeriod.lastDay", equalTo("2025-12-29")).extract().path("noticeId");
        clock.set("2025-12-10T14:30");
        ObjectNode correction = Notices.MAPPER.createObjectNode().put("reason", "Fel belopp");
        correction.set("termination", original.deepCopy().put("debtAmount", 15000));
        Notices.post(landlord, id + "/corrections", correction).statusCode(201)
                .body("recoveryPeriod.countedFrom", equalTo("2025-12-10"))
                .body("recoveryPeriod.lastDay", equalTo("2026-01-02"));
        given().auth().oauth2(Notices.token(landlord)).get(Notices.BASE + id).then()
                .body("recoveryPeriodLastDay", equalTo("2026-01-02"))
                .body("receivedAt", org.hamcrest.Matchers.startsWith("2025-12-03"))
                .body("history.recoveryPeriodLastDay", org.hamcrest.Matchers.contains("2025-12-29", "2026-01-02"));
        JsonNode event = NoticeKindsTest.eventOf(id, NoticeEvents.CORRECTED);
        assertThat(event.at("/termination/receivedAt").asText()).startsWith("2025-12-10T13:30");
        assertThat(event.at("/termination/servedOn").asText()).isEqualTo("2025-12-03");
    }

    @Test
    void aServedDateLearnedLaterCountsFromTheLaterOfItAndTheReceipt() {
        String landlord = Notices.newLandlord();
        clock.set("2026-05-27T09:00");
        String id = Notices.postNew(landlord, "termination-unpaid-rent", termination(null));
        clock.set("2026-06-01T09:00");
        Notices.post(landlord, id + "/served-date", "{\"servedOn\":\"2026-05-29\"}").statusCode(201)
                .body("recoveryPeriod.countedFrom", equalTo("2026-05-29"))
                .body("recoveryPeriod.lastDay", equalTo("2026-06-22"));
        // a correction that leaves the served date out keeps the known one
        clock.set("2026-06-02T09:00");
        String reference = given().auth().oauth2(Notices.token(landlord)).get(Notices.BASE + id).then().extract().path("landlordReference");
        ObjectNode corrected = Notices.termination(reference).putNull("servedOn");
        ObjectNode correction = Notices.MAPPER.createObjectNode().put("reason", "Fel hyra");
        correction.set("termination", corrected);
        Notices.post(landlord, id + "/corrections", correction).statusCode(201)
                .body("recoveryPeriod.countedFrom", equalTo("2026-06-02"));
        given().auth().oauth2(Notices.token(landlord)).get(Notices.BASE + id).then().body("servedOn", equalTo("2026-05-29"));
    }

    @Test
    void datesMayRunAFewMinutesAheadButNotMoreAndNotTooFarBack() {
        String landlord = Notices.newLandlord();
        clock.set("2026-03-12T23:56");
        Notices.post(landlord, "termination-unpaid-rent", termination("2026-03-13")).statusCode(201);
        clock.set("2026-03-12T23:54");
        Notices.post(landlord, "termination-unpaid-rent", termination("2026-03-13")).statusCode(400)
                .body("errors.field", hasItem("servedOn"));
        clock.set("2026-03-12T12:00");
        Notices.post(landlord, "termination-unpaid-rent", termination("2025-02-05")).statusCode(201); // 400 days
        Notices.post(landlord, "termination-unpaid-rent", termination("2025-02-04")).statusCode(400)
                .body("errors.field", hasItem("servedOn"));
    }

    @Test
    void theCenturyOfATenDigitNumberIsResolvedOnTheDay() throws Exception {
        // born 1926-12-01: on 2026-11-22 that person is 99 ('-'); on 2026-12-02 a 261201 number would be a newborn
        clock.set("2026-11-22T10:00");
        ObjectNode notice = termination("2026-11-20");
        ((ObjectNode) notice.path("tenants").get(0)).put("personalIdentityNumber", "261201-2381");
        String id = Notices.postNew(Notices.newLandlord(), "termination-unpaid-rent", notice);
        assertThat(NoticeKindsTest.eventOf(id, NoticeEvents.TERMINATION_RECEIVED).at("/tenants/0/personalIdentityNumber").asText())
                .isEqualTo("192612012381");
        clock.set("2026-12-02T10:00");
        ObjectNode newborn = termination("2026-11-30");
        ((ObjectNode) newborn.path("tenants").get(0)).put("personalIdentityNumber", "261201-2381");
        String id2 = Notices.postNew(Notices.newLandlord(), "termination-unpaid-rent", newborn);
        assertThat(NoticeKindsTest.eventOf(id2, NoticeEvents.TERMINATION_RECEIVED).at("/tenants/0/personalIdentityNumber").asText())
                .isEqualTo("202612012381");
        // '+' says 100 or older: 1926-12-01 is not yet 100 on 2026-11-22
        clock.set("2026-11-22T10:00");
        ObjectNode plus = termination("2026-11-20");
        ((ObjectNode) plus.path("tenants").get(0)).put("personalIdentityNumber", "19261201+2381");
        Notices.post(Notices.newLandlord(), "termination-unpaid-rent", plus).statusCode(400)
                .body("errors.field", hasItem("tenants[0].personalIdentityNumber"));
    }
}
