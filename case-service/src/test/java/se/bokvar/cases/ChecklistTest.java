package se.bokvar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.caseIdOf;
import static se.bokvar.cases.CaseApi.step;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/** The checklist's steps and the handbook's rules for them (ch. 5.1–5.3, ch. 6). */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class ChecklistTest {

    static String newCase() {
        TerminationNoticeReceivedV1 n = TestEvents.termination(Place.fresh("41502", "21"), null, Instant.now(),
                ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(n);
        return caseIdOf(ANNA, n.noticeId());
    }

    @Test
    void aLetterAloneIsNotPersonalContact() {
        String caseId = newCase();
        step(ANNA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "LETTER", "reached", true, "notes", "Information letter"))
                .then().statusCode(201).body("warnings", hasItem("A_LETTER_IS_NOT_PERSONAL_CONTACT"))
                .body("performedBy", equalTo("anna"));
        step(ANNA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "PHONE", "reached", true)).then().statusCode(201);
        assertThat(CaseApi.sql("select details->>'personalContact' from case_step where case_id = cast(? as uuid)"
                + " and kind = 'TENANT_CONTACT' order by performed_at, recorded_at", caseId)).containsExactly("false", "true");
        // missing fields of the kind are named
        step(ANNA, caseId, Map.of("kind", "TENANT_CONTACT")).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("method", "reached"));
        step(ANNA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "PHONE", "reached", true,
                "performedAt", "2099-01-01T10:00:00+01:00")).then().statusCode(400).body("errors.field", hasItem("performedAt"));
    }

    @Test
    void anUnannouncedHomeVisitNeedsTwoFailedAttemptsAnAssessmentAndOnlyInformsAndOffersSupport() {
        String caseId = newCase();
        Map<String, Object> visit = Map.of("kind", "TENANT_CONTACT", "method", "UNANNOUNCED_HOME_VISIT", "reached", false,
                "assessment", "No answer by phone or letter; the household may not know of the termination",
                "purpose", "INFORM_AND_OFFER_SUPPORT");
        step(ANNA, caseId, visit).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://bokvar.se/problems/step-refused"))
                .body("errors.field", hasItem("method")).body("detail", containsString("0 recorded"));
        step(ANNA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "PHONE", "reached", false)).then().statusCode(201);
        step(ANNA, caseId, visit).then().statusCode(409).body("detail", containsString("1 recorded"));
        step(ANNA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "LETTER", "reached", false)).then().statusCode(201);
        // two attempts failed: still an assessment and the only allowed purpose are needed
        step(ANNA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "UNANNOUNCED_HOME_VISIT", "reached", false,
                "purpose", "INFORM_AND_OFFER_SUPPORT")).then().statusCode(409).body("errors.field", hasItem("assessment"));
        step(ANNA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "UNANNOUNCED_HOME_VISIT", "reached", false,
                "assessment", "x", "purpose", "OTHER")).then().statusCode(409).body("errors.field", hasItem("purpose"));
        step(ANNA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "UNANNOUNCED_HOME_VISIT", "reached", false,
                "assessment", "x")).then().statusCode(400).body("errors.field", hasItem("purpose"));
        step(ANNA, caseId, visit).then().statusCode(201);
    }

    @Test
    void noInvestigativeStepsOrIndividualSupportBeforeAnInvestigationWhichNeedsTheAdultsAgreement() {
        String caseId = newCase();
        step(ANNA, caseId, Map.of("kind", "ACTION_PLAN", "notes", "Budget review")).then().statusCode(409)
                .body("detail", containsString("needs an opened investigation"));
        step(ANNA, caseId, Map.of("kind", "SUPPORT_DECIDED", "support", "FINANCIAL_AID_DEBT")).then().statusCode(409);
        // the investigation follows the pre-assessment
        step(ANNA, caseId, Map.of("kind", "INVESTIGATION_OPENED", "adultAgreement", true)).then().statusCode(409)
                .body("detail", containsString("OPEN_PRE_ASSESSMENT"));
        CaseApi.openPreAssessment(ANNA, caseId);
        step(ANNA, caseId, Map.of("kind", "INVESTIGATION_OPENED")).then().statusCode(400).body("errors.field", hasItem("adultAgreement"));
        step(ANNA, caseId, Map.of("kind", "INVESTIGATION_OPENED", "adultAgreement", false)).then().statusCode(409)
                .body("errors.field", hasItem("adultAgreement")).body("detail", containsString("against an adult's will"));
        assertThat(CaseApi.read(ANNA, caseId).getString("status")).isEqualTo("PRE_ASSESSMENT");
        step(ANNA, caseId, Map.of("kind", "INVESTIGATION_OPENED", "adultAgreement", true)).then().statusCode(201)
                .body("caseStatus", equalTo("INVESTIGATION"));
        assertThat(CaseApi.read(ANNA, caseId).getString("deadlines.all.find { it.kind == 'PRE_ASSESSMENT' }.state"))
                .isEqualTo("MET");
        // the lifecycle never goes back: a second investigation is an invalid transition
        step(ANNA, caseId, Map.of("kind", "INVESTIGATION_OPENED", "adultAgreement", true)).then().statusCode(409)
                .body("detail", containsString("already open"));
        step(ANNA, caseId, Map.of("kind", "ACTION_PLAN", "notes", "Budget review")).then().statusCode(201);
        step(ANNA, caseId, Map.of("kind", "SUPPORT_DECIDED", "support", "FINANCIAL_AID_DEBT")).then().statusCode(201)
                .body("caseStatus", equalTo("SUPPORT"));
        step(ANNA, caseId, Map.of("kind", "INVESTIGATION_OPENED", "adultAgreement", true)).then().statusCode(409);
        // the register check, the internal check: allowed at any open stage, with who and when
        step(ANNA, caseId, Map.of("kind", "REGISTER_CHECK", "registeredAtAddress", true, "otherAdults", 1, "children", "NONE"))
                .then().statusCode(201);
        step(ANNA, caseId, Map.of("kind", "KNOWN_TO_OTHER_UNITS", "knownToUnits", java.util.List.of("ekonomiskt bistånd"),
                "performedBy", "david")).then().statusCode(201).body("performedBy", equalTo("david"));
    }

    @Test
    void thePreAssessmentIsAGuidelineThatCanBeExtendedWithAReason() {
        String caseId = newCase();
        CaseApi.openPreAssessment(ANNA, caseId);
        String limit = CaseApi.read(ANNA, caseId).getString("deadlines.all.find { it.kind == 'PRE_ASSESSMENT' }.dueOn");
        io.restassured.RestAssured.given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("newLimit", limit, "reason", "x")).post("/api/v1/cases/" + caseId + "/pre-assessment/extensions")
                .then().statusCode(400).body("errors.field", hasItem("newLimit"));
        io.restassured.RestAssured.given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("newLimit", java.time.LocalDate.parse(limit).plusDays(14).toString()))
                .post("/api/v1/cases/" + caseId + "/pre-assessment/extensions")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        io.restassured.RestAssured.given().auth().oauth2(ANNA).contentType("application/json")
                .body(Map.of("newLimit", java.time.LocalDate.parse(limit).plusDays(14).toString(),
                        "reason", "Waiting for the recovery period"))
                .post("/api/v1/cases/" + caseId + "/pre-assessment/extensions").then().statusCode(204);
        assertThat(CaseApi.read(ANNA, caseId).getString("deadlines.all.find { it.kind == 'PRE_ASSESSMENT' }.dueOn"))
                .isEqualTo(java.time.LocalDate.parse(limit).plusDays(14).toString());
        assertThat(CaseApi.read(ANNA, caseId).getString("deadlines.all.find { it.kind == 'PRE_ASSESSMENT' }.note"))
                .contains("Waiting for the recovery period");
    }
}
