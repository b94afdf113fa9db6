package se.bokvar.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The business metrics of the intake: notices received by type and channel, amendments by type; counted once per
 * stored notice (a replay is not counted again), a rejected notice not at all; labels without personal data.
 */
@QuarkusTest
@TestProfile(IntakeTestProfile.class)
class IntakeMetricsTest {

    static double value(String metric, String labels) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)(?: #.*)?$").matcher(body);
        while (m.find()) {
            boolean all = true;
            for (String label : labels.split(",")) {
                all &= m.group(1).contains(label);
            }
            if (all) {
                return Double.parseDouble(m.group(2));
            }
        }
        return 0;
    }

    @Test
    void noticesAreCountedOncePerStoredNoticeByTypeAndChannel() {
        String landlord = Notices.newLandlord();
        String single = "kind=\"EARLY_WARNING\",channel=\"single\"";
        String batched = "kind=\"RECTIFICATION_REQUEST\",channel=\"batch\"";
        double before = value("bokvar_notices_received_total", single);
        double batchBefore = value("bokvar_notices_received_total", batched);

        ObjectNode warning = Notices.earlyWarning(Notices.reference());
        Notices.postNew(landlord, "early-warning", warning);
        assertThat(value("bokvar_notices_received_total", single)).isEqualTo(before + 1);

        // the same notice again (same reference, same content) is answered with the first receipt: not counted
        Notices.post(landlord, "early-warning", warning).statusCode(200);
        // a rejected one is not counted either
        Notices.post(landlord, "early-warning", Notices.earlyWarning(Notices.reference()).put("monthlyRent", -1))
                .statusCode(400);
        assertThat(value("bokvar_notices_received_total", single)).isEqualTo(before + 1);

        ObjectNode batch = Notices.MAPPER.createObjectNode();
        batch.putArray("notices").add(BatchTest.item("RECTIFICATION_REQUEST", Notices.rectification(Notices.reference())));
        BatchTest.send(landlord, batch);
        assertThat(value("bokvar_notices_received_total", batched)).isEqualTo(batchBefore + 1);
    }

    @Test
    void amendmentsAreCountedByType() {
        String landlord = Notices.newLandlord();
        String id = Notices.postNew(landlord, "termination-unpaid-rent", Notices.termination(Notices.reference()));
        double before = value("bokvar_notice_amendments_total", "amendment=\"withdrawal\"");
        Notices.post(landlord, id + "/withdrawal", "{\"reason\":\"DEBT_PAID\",\"comment\":\"Betalt\"}").statusCode(201);
        assertThat(value("bokvar_notice_amendments_total", "amendment=\"withdrawal\"")).isEqualTo(before + 1);
    }
}
