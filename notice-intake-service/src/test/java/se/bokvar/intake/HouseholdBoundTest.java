package se.bokvar.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * One sender's flood for one household is bounded (HouseholdFlood, docs/intake.md): here three new notices at once and
 * one more an hour. The fourth is refused with 429, a problem and Retry-After, and nothing of it is stored; a resend of
 * a notice already received takes no token; another flat and another sender are not affected; a batch answers the
 * refused items on their own.
 */
@QuarkusTest
@TestProfile(HouseholdBoundTest.Bound.class)
class HouseholdBoundTest {

    public static class Bound extends IntakeTestProfile {
        @Override
        protected Map<String, String> extraConfig() {
            return Map.of("bokvar.intake.household-limit.burst", "3", "bokvar.intake.household-limit.per-hour", "1");
        }
    }

    @Test
    void theFourthNewNoticeForOneHouseholdIsRefusedWithRetryAfterAndNothingStored() {
        String landlord = Notices.newLandlord();
        ObjectNode first = Notices.termination(Notices.reference());
        Notices.postNew(landlord, "termination-unpaid-rent", first);
        Notices.postNew(landlord, "early-warning", Notices.earlyWarning(Notices.reference()));
        Notices.postNew(landlord, "rectification-request", Notices.rectification(Notices.reference()));

        String refused = Notices.reference();
        Notices.post(landlord, "termination-unpaid-rent", Notices.termination(refused)).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("3600"))
                .body("type", equalTo("https://bokvar.se/problems/too-many-notices-for-household"))
                .body("status", equalTo(429))
                .body("detail", containsString(refused))
                .body("detail", not(containsString(Notices.VALID_PNR)));
        assertThat(Notices.count("select count(*) from notice where landlord_id = ? and landlord_reference = ?", landlord,
                refused)).isZero();
        assertThat(Notices.notices(landlord)).isEqualTo(3);
        assertThat(Notices.outboxRows(landlord)).isEqualTo(3);

        // the same notice again is answered with its receipt: it takes no token
        Notices.post(landlord, "termination-unpaid-rent", first).statusCode(200);
        // another flat of the building, and another sender for the same flat, are not held back
        ObjectNode otherFlat = Notices.termination(Notices.reference());
        ((ObjectNode) otherFlat.path("address")).put("flatNumber", "1103");
        Notices.postNew(landlord, "termination-unpaid-rent", otherFlat);
        Notices.postNew(Notices.newLandlord(), "termination-unpaid-rent", Notices.termination(Notices.reference()));
    }

    @Test
    void aBatchAnswersTheItemsBeyondTheBoundOnTheirOwn() {
        String landlord = Notices.newLandlord();
        ObjectNode batch = Notices.MAPPER.createObjectNode();
        ArrayNode items = batch.putArray("notices");
        for (int i = 0; i < 4; i++) {
            items.addObject().put("kind", "TERMINATION_UNPAID_RENT").set("notice", Notices.termination(Notices.reference()));
        }
        ObjectNode otherFlat = Notices.termination(Notices.reference());
        ((ObjectNode) otherFlat.path("address")).put("flatNumber", "1104");
        items.addObject().put("kind", "TERMINATION_UNPAID_RENT").set("notice", otherFlat);

        JsonPath result = BatchTest.send(landlord, batch);
        assertThat(result.getInt("received")).isEqualTo(4);
        assertThat(result.getInt("rejected")).isEqualTo(1);
        assertThat(result.getList("results.outcome", String.class)).containsExactly("RECEIVED", "RECEIVED", "RECEIVED",
                "TOO_MANY_FOR_HOUSEHOLD", "RECEIVED");
        assertThat(result.getInt("results[3].status")).isEqualTo(429);
        assertThat(result.getString("results[3].problem.type"))
                .isEqualTo("https://bokvar.se/problems/too-many-notices-for-household");
        assertThat(Notices.notices(landlord)).isEqualTo(4);
    }
}
