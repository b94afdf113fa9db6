package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.CECILIA;
import static se.bokvar.cases.CaseApi.caseIdOf;
import static se.bokvar.cases.CaseApi.step;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/** Children in the household, required steps, and the lifecycle to a closed case with its outcome. */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class ChildrenAndLifecycleTest {

    static void close(String caseId, Map<String, Object> body, int status) {
        given().auth().oauth2(ANNA).contentType("application/json").body(body)
                .post("/api/v1/cases/" + caseId + "/closing").then().statusCode(status);
    }

    @Test
    void aStepThatFindsVisitingChildrenInvolvesTheChildrenUnitAndRequiresTheConversationWithTheParents() {
        Place place = Place.fresh("41502", "41");
        TerminationNoticeReceivedV1 n = TestEvents.termination(place, null, Instant.now(), ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(n);
        String caseId = caseIdOf(ANNA, n.noticeId());
        given().auth().oauth2(CECILIA).get("/api/v1/cases/" + caseId).then().statusCode(404);
        step(ANNA, caseId, Map.of("kind", "REGISTER_CHECK", "registeredAtAddress", true, "children", "VISITS",
                "notes", "The tenant's daughter lives here every other week")).then().statusCode(201);
        JsonPath c = CaseApi.read(ANNA, caseId);
        assertThat(c.getString("childrenKnown")).isEqualTo("YES");
        assertThat(c.getString("tasks[0].unit")).isEqualTo("children");
        assertThat(c.getString("requiredSteps[0].kind")).isEqualTo("CHILDREN_CONVERSATION");
        assertThat(c.getBoolean("requiredSteps[0].done")).isFalse();
        // the children-and-youth unit of the board sees it now; consent-service hears of it
        given().auth().oauth2(CECILIA).get("/api/v1/cases/" + caseId).then().statusCode(200);
        List<JsonNode> access = CaseApi.published(CaseEvents.ACCESS_CHANGED, caseId, 2);
        assertThat(access.get(1).path("childrenAffected").asBoolean()).isTrue();

        // closing waits for the required step
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("outcome", "NO_CONTACT"))
                .post("/api/v1/cases/" + caseId + "/closing").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.equalTo("https://bokvar.se/problems/invalid-transition"))
                .body("detail", containsString("CHILDREN_CONVERSATION"));
        // the children unit records its part, not the adult unit's steps
        step(CECILIA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "PHONE", "reached", true)).then().statusCode(403);
        step(CECILIA, caseId, Map.of("kind", "CHILDREN_CONVERSATION", "held", false)).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        step(CECILIA, caseId, Map.of("kind", "CHILDREN_CONVERSATION", "notes", "Talked with the mother about how to tell her daughter"))
                .then().statusCode(201);
        String taskId = CaseApi.read(CECILIA, caseId).getString("tasks[0].id");
        given().auth().oauth2(CECILIA).post("/api/v1/cases/" + caseId + "/tasks/" + taskId + "/done").then().statusCode(204);
        assertThat(CaseApi.read(ANNA, caseId).getBoolean("requiredSteps[0].done")).isTrue();
        close(caseId, Map.of("outcome", "NO_CONTACT"), 204);
    }

    @Test
    void everyEvictionRequiresAttendanceAndWithChildrenTheChildrenUnitToo() {
        EvictionNoticeReceivedV1 kfm = TestEvents.eviction("KFM-" + System.nanoTime(), Place.fresh("41502", null),
                Instant.now(), OffsetDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS), ChildrenKnownV1.YES, Pins.next());
        TestEvents.publish(kfm);
        String caseId = caseIdOf(ANNA, kfm.noticeId());
        JsonPath c = CaseApi.read(ANNA, caseId);
        assertThat(c.getList("requiredSteps.kind")).containsExactly("CHILDREN_CONVERSATION", "EVICTION_ATTENDANCE",
                "CHILDREN_UNIT_ATTENDANCE");
        step(ANNA, caseId, Map.of("kind", "EVICTION_ATTENDANCE", "kfmCaseNumber", "KFM-other", "attended", true))
                .then().statusCode(400).body("errors.field", hasItem("kfmCaseNumber"));
        step(ANNA, caseId, Map.of("kind", "EVICTION_ATTENDANCE", "kfmCaseNumber", kfm.kfmCaseNumber()))
                .then().statusCode(400).body("errors.field", hasItem("attended"));
        step(ANNA, caseId, Map.of("kind", "EVICTION_ATTENDANCE", "kfmCaseNumber", kfm.kfmCaseNumber(), "attended", true))
                .then().statusCode(201);
        c = CaseApi.read(ANNA, caseId);
        assertThat(c.getBoolean("requiredSteps.find { it.kind == 'EVICTION_ATTENDANCE' }.done")).isTrue();
        assertThat(c.getBoolean("requiredSteps.find { it.kind == 'CHILDREN_UNIT_ATTENDANCE' }.done")).isFalse();
        assertThat(c.getString("deadlines.all.find { it.kind == 'EVICTION' }.state")).isEqualTo("MET");
        step(CECILIA, caseId, Map.of("kind", "EVICTION_ATTENDANCE", "kfmCaseNumber", kfm.kfmCaseNumber(),
                "childrenUnitAttended", true)).then().statusCode(201);
        assertThat(CaseApi.read(ANNA, caseId).getBoolean("requiredSteps.find { it.kind == 'CHILDREN_UNIT_ATTENDANCE' }.done"))
                .isTrue();
    }

    @Test
    void attendanceMayBeAgreedOtherwiseWithKronofogdenWithAReason() {
        EvictionNoticeReceivedV1 kfm = TestEvents.eviction("KFM-" + System.nanoTime(), Place.fresh("41502", null),
                Instant.now(), OffsetDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS), ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(kfm);
        String caseId = caseIdOf(ANNA, kfm.noticeId());
        close(caseId, Map.of("outcome", "MOVED_OUT"), 409);
        step(ANNA, caseId, Map.of("kind", "EVICTION_ATTENDANCE", "kfmCaseNumber", kfm.kfmCaseNumber(),
                "agreedOtherwiseWithKronofogden", true)).then().statusCode(400).body("errors.field", hasItem("reason"));
        step(ANNA, caseId, Map.of("kind", "EVICTION_ATTENDANCE", "kfmCaseNumber", kfm.kfmCaseNumber(),
                "agreedOtherwiseWithKronofogden", true, "reason", "The tenant handed in the keys; Kronofogden confirmed"))
                .then().statusCode(201);
        close(caseId, Map.of("outcome", "MOVED_OUT"), 204);
    }

    @Test
    void theLifecycleEndsWithAnOutcomeAndANewNoticeOpensALinkedCase() {
        Place place = Place.fresh("41502", "42");
        String pin = Pins.next();
        TerminationNoticeReceivedV1 n = TestEvents.termination(place, null, Instant.now(), ChildrenKnownV1.NO, pin);
        TestEvents.publish(n);
        String caseId = caseIdOf(ANNA, n.noticeId());
        close(caseId, Map.of("outcome", "EVICTION_AVERTED"), 400);
        close(caseId, Map.of("outcome", "OTHER"), 400);
        close(caseId, Map.of("outcome", "EVICTION_AVERTED", "avertedBy", "DEBT_PAID", "note", "Paid by a relative"), 204);
        JsonPath c = CaseApi.read(ANNA, caseId);
        assertThat(c.getString("status")).isEqualTo("CLOSED");
        assertThat(c.getString("closing.outcome")).isEqualTo("EVICTION_AVERTED");
        assertThat(c.getString("closing.avertedBy")).isEqualTo("DEBT_PAID");
        assertThat(CaseApi.published(CaseEvents.ACCESS_CHANGED, caseId, 2).get(1).path("status").asText()).isEqualTo("CLOSED");
        // invalid transitions are a clear 409
        close(caseId, Map.of("outcome", "NO_CONTACT"), 409);
        step(ANNA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "PHONE", "reached", true)).then().statusCode(409)
                .body("detail", containsString("closed"));
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("decision", "NO_ACTION", "reason", "x"))
                .put("/api/v1/cases/" + caseId + "/notices/" + n.noticeId() + "/position").then().statusCode(409);

        // a new notice for the household: a new case, linked to the closed one
        TerminationNoticeReceivedV1 again = TestEvents.termination(place, null, Instant.now(), ChildrenKnownV1.NO, pin);
        TestEvents.publish(again);
        String next = caseIdOf(ANNA, again.noticeId());
        assertThat(next).isNotEqualTo(caseId);
        assertThat(CaseApi.read(ANNA, next).getString("previousCaseId")).isEqualTo(caseId);
        assertThat(CaseApi.read(ANNA, next).getString("status")).isEqualTo("OPENED");
    }
}
