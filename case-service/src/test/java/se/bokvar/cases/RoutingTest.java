package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.BENGT;
import static se.bokvar.cases.CaseApi.HISINGEN_SUPERVISOR;
import static se.bokvar.cases.CaseApi.SARA;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.cases.app.Routing;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/** Routing by postal code, the unrouted queue, supervisors' reassignment, assignment within the unit. */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class RoutingTest {

    @Test
    void supervisorsMoveUnroutedCasesToABoardAndConsentServiceHearsOfIt() {
        String pin = Pins.next();
        TerminationNoticeReceivedV1 notice = TestEvents.termination(Place.fresh("42800", "1"), null, Instant.now(),
                ChildrenKnownV1.NO, pin);
        TestEvents.publish(notice);
        String caseId = caseIdOf(SARA, notice.noticeId());
        given().auth().oauth2(SARA).get("/api/v1/supervision/unrouted").then().statusCode(200).body("id", hasItem(caseId));
        given().auth().oauth2(ANNA).get("/api/v1/supervision/unrouted").then().statusCode(403);
        // any board's supervisor sees the unrouted queue
        given().auth().oauth2(HISINGEN_SUPERVISOR).get("/api/v1/supervision/unrouted").then().statusCode(200)
                .body("id", hasItem(caseId));

        String board = "/api/v1/cases/" + caseId + "/board";
        given().auth().oauth2(SARA).contentType("application/json").body(Map.of("board", "atlantis", "reason", "x"))
                .put(board).then().statusCode(400).body("errors.field", hasItem("board"));
        given().auth().oauth2(SARA).contentType("application/json").body(Map.of("board", "nordost"))
                .put(board).then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(SARA).contentType("application/json")
                .body(Map.of("board", "nordost", "reason", "The street is in Gårdsten")).put(board).then().statusCode(204);
        assertThat(CaseApi.read(ANNA, caseId).getString("board")).isEqualTo("nordost");
        // now it is Nordost's: another board's supervisor no longer sees it, nor can a caseworker reroute
        given().auth().oauth2(HISINGEN_SUPERVISOR).get("/api/v1/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("board", "hisingen", "reason", "x"))
                .put(board).then().statusCode(403);
        given().auth().oauth2(SARA).contentType("application/json").body(Map.of("board", "hisingen", "reason", "Wrong board"))
                .put(board).then().statusCode(204);
        given().auth().oauth2(BENGT).get("/api/v1/cases/" + caseId).then().statusCode(200);

        List<JsonNode> access = CaseApi.published(CaseEvents.ACCESS_CHANGED, caseId, 3);
        assertThat(access).extracting(e -> e.path("sequence").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(access).extracting(e -> e.path("board").isNull() ? null : e.path("board").asText())
                .containsExactly(null, "nordost", "hisingen");
        // persons are named by their keyed hash, never the personnummer
        assertThat(access.get(0).path("personKeys")).hasSize(1);
        assertThat(access.get(0).toString()).doesNotContain(pin);
    }

    @Test
    void caseworkersAssignThemselvesOrAColleagueOfTheUnit() {
        TerminationNoticeReceivedV1 notice = TestEvents.termination(Place.fresh("41502", "9"), null, Instant.now(),
                ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(notice);
        String caseId = caseIdOf(ANNA, notice.noticeId());
        String assignment = "/api/v1/cases/" + caseId + "/assignment";
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("caseworker", "me"))
                .put(assignment).then().statusCode(204);
        assertThat(CaseApi.read(ANNA, caseId).getString("assignedTo")).isEqualTo("anna");
        // a caseworker of another board is no colleague
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("caseworker", "bengt"))
                .put(assignment).then().statusCode(400).body("errors.field", hasItem("caseworker"));
        // the children unit's caseworker is not in the adult unit either
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("caseworker", "cecilia"))
                .put(assignment).then().statusCode(400);
        given().auth().oauth2(SARA).contentType("application/json").body(Map.of("caseworker", "david"))
                .put(assignment).then().statusCode(204);
        assertThat(CaseApi.read(ANNA, caseId).getString("assignedTo")).isEqualTo("david");
        given().auth().oauth2(ANNA).delete(assignment).then().statusCode(204);
        assertThat(CaseApi.read(ANNA, caseId).getString("assignedTo")).isNull();
    }
}
