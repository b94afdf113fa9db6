package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.HISINGEN_SUPERVISOR;
import static se.bokvar.cases.CaseApi.SARA;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/**
 * case-service's part of a register extract (docs/register-extract.md): a person with two cases gets both with
 * everything on them; a co-tenant and free text are included and flagged, never left out; the request is audited by
 * person key and purpose; only supervisors may ask, for the whole municipality.
 */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class RegisterExtractTest {

    /** A purpose of its own per run, so the audit records of this run are found by it. */
    static final String PURPOSE = "Begäran om registerutdrag, dnr " + java.util.UUID.randomUUID();

    static io.restassured.response.ValidatableResponse extract(String token, String pin, String purpose) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("personalIdentityNumber", pin, "purpose", purpose))
                .post("/api/v1/register-extracts").then();
    }

    @Test
    void aPersonWithTwoCasesGetsBothWithEverythingOnThemAndTheCoTenantFlagged() {
        String purpose = PURPOSE + " (two cases)";
        String maria = Pins.next();
        String olle = Pins.next();
        // a termination naming Maria and her co-tenant Olle; a step with notes on it
        TerminationNoticeReceivedV1 termination = TestEvents.termination(Place.fresh("41502", "1201"), null,
                Instant.now().minus(40, ChronoUnit.DAYS), ChildrenKnownV1.NO, maria, olle);
        TestEvents.publish(termination);
        String first = caseIdOf(ANNA, termination.noticeId());
        CaseApi.step(ANNA, first, Map.of("kind", "REGISTER_CHECK", "registeredAtAddress", true, "children", "NONE",
                "notes", "Olle says he moved out in October")).then().statusCode(201);
        // later Kronofogden's eviction for Maria alone at another address
        EvictionNoticeReceivedV1 eviction = TestEvents.eviction("KFM-" + System.nanoTime(), Place.fresh("41502", null),
                Instant.now(), OffsetDateTime.now().plusDays(10).truncatedTo(ChronoUnit.HOURS), ChildrenKnownV1.NO, maria);
        TestEvents.publish(eviction);
        String second = caseIdOf(ANNA, eviction.noticeId());

        JsonPath x = extract(SARA, maria.substring(0, 8) + "-" + maria.substring(8), purpose).statusCode(200).extract().jsonPath();
        assertThat(x.getString("service")).isEqualTo("case-service");
        assertThat(x.getString("personalIdentityNumber")).isEqualTo(maria);
        assertThat(x.getList("holds")).containsExactly("CASE", "PARKED_EVENT", "ACCESS");
        assertThat(x.getList("records.findAll { it.kind == 'CASE' }.id")).containsExactly(first, second);

        // the first case: the household with Olle flagged as another person, the notice, the step and its notes
        Map<String, Object> one = x.getMap("records.find { it.id == '" + first + "' }");
        JsonPath c = new JsonPath(toJson(one));
        assertThat(c.getList("data.household.personal_identity_number")).containsExactlyInAnyOrder(maria, olle);
        int olleAt = c.getList("data.household.personal_identity_number").indexOf(olle);
        assertThat(c.getList("review.findAll { it.reason == 'OTHER_PERSON' }.path"))
                .contains("/household/" + olleAt).anyMatch(p -> p.toString().startsWith("/notices/0/payload/tenants/"));
        assertThat(c.getList("data.notices.id")).containsExactly(termination.noticeId().toString());
        assertThat(c.getList("data.steps.notes")).containsExactly("Olle says he moved out in October");
        assertThat(c.getList("review.findAll { it.reason == 'THIRD_PARTY_ACCOUNT' }.path")).contains("/steps/0/notes");
        assertThat(c.getList("data.timeline")).isNotEmpty();
        // the second: the eviction, and nobody else in it
        JsonPath two = new JsonPath(toJson(x.getMap("records.find { it.id == '" + second + "' }")));
        assertThat(two.getList("data.evictions.kfm_case_number")).containsExactly(eviction.kfmCaseNumber());
        assertThat(two.getList("review.findAll { it.reason == 'OTHER_PERSON' }")).isEmpty();
        // Anna's reads of the cases are there, the employee flagged
        assertThat(x.getList("records.findAll { it.kind == 'ACCESS' }.data.actor_username")).contains("anna");

        // audited by person key and purpose; the personnummer is nowhere in the audit trail
        List<String> audited = CaseApi.sql("select resource_type || '|' || array_to_string(resource_ids, ',') || '|' || purpose"
                + " from audit_record where action = 'register.extract' and purpose = ?", purpose);
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0)).startsWith("person|").endsWith("|" + purpose).doesNotContain(maria.substring(2));
        assertThat(CaseApi.sql("select count(*) from audit_record where array_to_string(resource_ids, ',') like ?"
                + " or purpose like ?", "%" + maria.substring(2) + "%", "%" + maria.substring(2) + "%")).containsExactly("0");

        // a supervisor of another board gets the same: the extract covers the municipality
        assertThat(extract(HISINGEN_SUPERVISOR, maria, purpose).statusCode(200).extract().jsonPath()
                .getList("records.findAll { it.kind == 'CASE' }.id")).containsExactly(first, second);
        // Olle's own extract has the first case only, with Maria flagged
        JsonPath ollesOwn = extract(SARA, olle, purpose).statusCode(200).extract().jsonPath();
        assertThat(ollesOwn.getList("records.findAll { it.kind == 'CASE' }.id")).containsExactly(first);
    }

    @Test
    void nothingHeldIsSaidAndOnlySupervisorsMayAskWithAValidRequest() {
        String nobody = Pins.next();
        JsonPath x = extract(SARA, nobody, PURPOSE).statusCode(200).extract().jsonPath();
        assertThat(x.getList("records")).isEmpty();
        assertThat(x.getList("holds")).contains("CASE");

        extract(ANNA, nobody, PURPOSE).statusCode(403);
        long before = Long.parseLong(CaseApi.sql("select count(*) from audit_record where action = 'register.extract'").get(0));
        extract(SARA, "19850315-2385", PURPOSE).statusCode(400)
                .body("type", endsWith("/validation")).body("errors.field", hasItem("personalIdentityNumber"));
        extract(SARA, nobody, "too short").statusCode(400).body("errors.field", hasItem("purpose"));
        assertThat(Long.parseLong(CaseApi.sql("select count(*) from audit_record where action = 'register.extract'").get(0)))
                .as("a refused request is not audited as an extract").isEqualTo(before);
    }

    static String toJson(Object o) {
        try {
            return TestEvents.MAPPER.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
