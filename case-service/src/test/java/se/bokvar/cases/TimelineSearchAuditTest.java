package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.BENGT;
import static se.bokvar.cases.CaseApi.OLOF;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/** The case timeline, search by personnummer with a purpose, and the auditor's query of the audit trail. */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class TimelineSearchAuditTest {

    @Test
    void theTimelineShowsNoticesCorrectionsPositionsStepsAndDeadlines() {
        TerminationNoticeReceivedV1 n = TestEvents.termination(Place.fresh("41502", "51"), LocalDate.of(2025, 12, 3),
                Instant.parse("2025-12-03T09:00:00Z"), ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(n);
        String caseId = caseIdOf(ANNA, n.noticeId());
        TestEvents.publish(TestEvents.correction(TestEvents.withDebt(n, "100", LocalDate.of(2025, 12, 3)),
                Instant.parse("2025-12-10T09:00:00Z")));
        CaseApi.awaitCase(ANNA, caseId, c -> c.getInt("notices[0].revision") == 2);
        CaseApi.openPreAssessment(ANNA, caseId);
        CaseApi.step(ANNA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "PHONE", "reached", true)).then().statusCode(201);
        JsonPath t = given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId + "/timeline").then().statusCode(200)
                .extract().jsonPath();
        List<String> kinds = t.getList("entries.kind");
        assertThat(kinds).containsSubsequence("CASE_OPENED", "NOTICE_REGISTERED", "NOTICE_CORRECTED", "POSITION_RECORDED",
                "STATUS_CHANGED", "STEP_RECORDED");
        assertThat(kinds).contains("DEADLINE_BREACHED");
        assertThat(t.getList("deadlines.kind")).contains("RECOVERY_PERIOD", "PRE_ASSESSMENT");
        assertThat(t.getString("entries.find { it.kind == 'POSITION_RECORDED' }.actor")).isEqualTo("anna");
        given().auth().oauth2(BENGT).get("/api/v1/cases/" + caseId + "/timeline").then().statusCode(404);
        assertThat(CaseApi.sql("select count(*) from audit_record where action = 'case.timeline' and ? = any(resource_ids)",
                caseId).get(0)).isEqualTo("1");
    }

    @Test
    void searchByPersonnummerNeedsAPurposeAndIsAuditedWithThePersonsKeyNeverTheNumber() {
        String pin = Pins.next();
        TerminationNoticeReceivedV1 n = TestEvents.termination(Place.fresh("41502", "52"), null, Instant.now(),
                ChildrenKnownV1.NO, pin);
        TestEvents.publish(n);
        String caseId = caseIdOf(ANNA, n.noticeId());
        String dashed = pin.substring(2, 8) + "-" + pin.substring(8);
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("personalIdentityNumber", dashed))
                .post("/api/v1/cases/search").then().statusCode(400).body("errors.field", hasItem("purpose"));
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("personalIdentityNumber", dashed, "purpose", "x"))
                .post("/api/v1/cases/search").then().statusCode(400).body("errors.field", hasItem("purpose"));
        given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("personalIdentityNumber", dashed, "purpose", "The tenant called about a letter"))
                .post("/api/v1/cases/search").then().statusCode(200).body("id", hasItem(caseId));
        // another board's caseworker finds nothing, and is audited too
        given().auth().oauth2(BENGT).contentType("application/json")
                .body(Map.of("personalIdentityNumber", pin, "purpose", "Checking a phone call"))
                .post("/api/v1/cases/search").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem(caseId)));
        List<String> searches = CaseApi.sql("select actor_username || '|' || purpose from audit_record"
                + " where action = 'person.search' and resource_type = 'person' and cardinality(resource_ids) = 1"
                + " and resource_ids[1] = (select person_key from case_person where personal_identity_number = ? limit 1)"
                + " order by id", pin);
        assertThat(searches).containsExactly("anna|The tenant called about a letter", "bengt|Checking a phone call");
        assertThat(CaseApi.sql("select count(*) from audit_record where array_to_string(resource_ids, ',') like ?"
                + " or purpose like ?", "%" + pin.substring(2) + "%", "%" + pin.substring(2) + "%")).containsExactly("0");
    }

    @Test
    void auditorsQueryTheTrailByCaseOrPerson() {
        String pin = Pins.next();
        TerminationNoticeReceivedV1 n = TestEvents.termination(Place.fresh("41502", "53"), null, Instant.now(),
                ChildrenKnownV1.NO, pin);
        TestEvents.publish(n);
        String caseId = caseIdOf(ANNA, n.noticeId());
        CaseApi.read(ANNA, caseId);
        given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("personalIdentityNumber", pin, "purpose", "Preparing a home visit"))
                .post("/api/v1/cases/search").then().statusCode(200);

        JsonPath byCase = given().auth().oauth2(OLOF).contentType("application/json").body(Map.of("caseId", caseId))
                .post("/api/v1/audit/queries").then().statusCode(200).extract().jsonPath();
        assertThat(byCase.getList("action")).contains("case.read", "case.list");
        assertThat(byCase.getList("actorUsername")).contains("anna");
        JsonPath byPerson = given().auth().oauth2(OLOF).contentType("application/json")
                .body(Map.of("personalIdentityNumber", pin, "action", "person.search")).post("/api/v1/audit/queries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(byPerson.getList("purpose")).containsExactly("Preparing a home visit");
        assertThat(byPerson.getString("")).doesNotContain(pin.substring(2));
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("caseId", caseId))
                .post("/api/v1/audit/queries").then().statusCode(403);
        given().auth().oauth2(OLOF).get("/api/v1/cases/" + caseId).then().statusCode(403);
        assertThat(CaseApi.sql("select count(*) from audit_record where action = 'audit.query' and actor_username = 'olof'"
                + " and ? = any(resource_ids)", caseId).get(0)).isEqualTo("1");
    }
}
