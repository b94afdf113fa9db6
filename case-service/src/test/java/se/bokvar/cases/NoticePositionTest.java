package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.BENGT;
import static se.bokvar.cases.CaseApi.CECILIA;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EarlyWarningReceivedV1;

/** Every notice needs a recorded position; notices from other sources are registered by caseworkers. */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class NoticePositionTest {

    @Test
    void anEarlyWarningNeedsAPositionAndOpeningAPreAssessmentMovesTheCase() {
        EarlyWarningReceivedV1 warning = TestEvents.earlyWarning(Place.fresh("41502", "7"), Instant.now(),
                ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(warning);
        String caseId = caseIdOf(ANNA, warning.noticeId());
        String path = "/api/v1/cases/" + caseId + "/notices/" + warning.noticeId() + "/position";
        assertThat(CaseApi.read(ANNA, caseId).getInt("noticesWithoutPosition")).isEqualTo(1);

        // NO_ACTION needs a reason; a bad decision is named; nothing changes
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("decision", "NO_ACTION"))
                .put(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("decision", "MAYBE"))
                .put(path).then().statusCode(400);
        // found by the security suite: an enum given by number, and text PostgreSQL cannot store (NUL), were a 500
        given().auth().oauth2(ANNA).contentType("application/json").body("{\"decision\":\"0\",\"reason\":\"x\"}")
                .put(path).then().statusCode(400).body("errors.field", hasItem("decision"));
        given().auth().oauth2(ANNA).contentType("application/json")
                .body("{\"decision\":\"NO_ACTION\",\"reason\":\"paid\\u0000\"}")
                .put(path).then().statusCode(400).body("errors.field", hasItem("reason"));
        assertThat(CaseApi.read(ANNA, caseId).getInt("noticesWithoutPosition")).isEqualTo(1);
        // the children unit may not record positions (it does not see this case at all); another board neither
        given().auth().oauth2(CECILIA).contentType("application/json").body(Map.of("decision", "OPEN_PRE_ASSESSMENT"))
                .put(path).then().statusCode(404);
        given().auth().oauth2(BENGT).contentType("application/json").body(Map.of("decision", "OPEN_PRE_ASSESSMENT"))
                .put(path).then().statusCode(404);

        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("decision", "OPEN_PRE_ASSESSMENT"))
                .put(path).then().statusCode(204);
        JsonPath c = CaseApi.read(ANNA, caseId);
        assertThat(c.getInt("noticesWithoutPosition")).isZero();
        assertThat(c.getString("status")).isEqualTo("PRE_ASSESSMENT");
        assertThat(c.getString("notices[0].position.decision")).isEqualTo("OPEN_PRE_ASSESSMENT");
        assertThat(c.getString("notices[0].position.by")).isEqualTo("anna");

        // changing it later is recorded, the count does not go below zero
        given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("decision", "NO_ACTION", "reason", "The landlord says the arrears are paid"))
                .put(path).then().statusCode(204);
        assertThat(CaseApi.read(ANNA, caseId).getInt("noticesWithoutPosition")).isZero();
        // an unknown notice on the case is a 404
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("decision", "OPEN_PRE_ASSESSMENT"))
                .put("/api/v1/cases/" + caseId + "/notices/" + UUID.randomUUID() + "/position").then().statusCode(404);
    }

    @Test
    void aCaseworkerRegistersANoticeFromAnotherSource() {
        String pin = Pins.next();
        String formatted = pin.substring(0, 8) + "-" + pin.substring(8);
        Map<String, Object> body = Map.of(
                "kind", "TERMINATION_UNPAID_RENT",
                "source", "RELATIVE",
                "tenants", java.util.List.of(Map.of("personalIdentityNumber", formatted, "name", "Maria Exempelsson")),
                "address", Map.of("street", "Annangatan " + UUID.randomUUID().toString().substring(0, 6),
                        "postalCode", "415 03", "city", "Göteborg"),
                "childrenKnown", "YES",
                "description", "Her brother called: a termination came last week");
        JsonPath registered = given().auth().oauth2(ANNA).contentType("application/json").body(body)
                .post("/api/v1/cases/notices").then().statusCode(201).extract().jsonPath();
        String caseId = registered.getString("caseId");
        assertThat(registered.getString("board")).isEqualTo("nordost");
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("notices[0].source", equalTo("other"))
                .body("notices[0].otherSource", equalTo("RELATIVE"))
                .body("household[0].personalIdentityNumber", equalTo(pin))
                .body("noticesWithoutPosition", equalTo(1))
                .body("childrenKnown", equalTo("YES"))
                // information from another source starts no statutory deadline
                .body("deadlines.all.kind", containsInAnyOrder("PRE_ASSESSMENT"))
                .body("tasks[0].unit", equalTo("children"));
        // children live there: the children-and-youth unit sees it
        given().auth().oauth2(CECILIA).get("/api/v1/cases/" + caseId).then().statusCode(200);

        // invalid input names every field, stores nothing
        given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("kind", "RUMOUR", "source", "RELATIVE", "tenants", java.util.List.of(
                        Map.of("personalIdentityNumber", "19850315-2385", "name", "X")),
                        "address", Map.of("street", "A 1", "postalCode", "12"), "description", "x"))
                .post("/api/v1/cases/notices").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("kind", "EARLY_WARNING", "source", "RELATIVE", "tenants", java.util.List.of(
                        Map.of("personalIdentityNumber", "19850315-2385", "name", "X")),
                        "address", Map.of("street", "A 1", "postalCode", "12"), "description", " "))
                .post("/api/v1/cases/notices").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("address.postalCode", "description",
                        "tenants[0].personalIdentityNumber"));
        assertThat(CaseApi.sql("select count(*) from case_notice where payload->>'description' in ('x', ' ')"))
                .containsExactly("0");
        // issue 12: a street, city, flat number or name with no letter or digit can make no household key (was a 500)
        given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("kind", "EARLY_WARNING", "source", "RELATIVE", "tenants", java.util.List.of(
                        Map.of("personalIdentityNumber", Pins.next(), "name", "\u0301")),
                        "address", Map.of("street", "⁰⁴⁵", "postalCode", "41502", "city", "-,", "flatNumber", "."),
                        "description", "issue-12 punctuation"))
                .post("/api/v1/cases/notices").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("address.street", "address.city", "address.flatNumber",
                        "tenants[0].name"));
        assertThat(CaseApi.sql("select count(*) from case_notice where payload->>'description' = 'issue-12 punctuation'"))
                .containsExactly("0");
    }
}
