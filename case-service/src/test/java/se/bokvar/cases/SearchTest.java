package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.BENGT;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/**
 * Search by address, Kronofogden case number and landlord reference (issue 15, item 5): within the caller's unit,
 * with a stated purpose, audited without the address in clear; exactly one criterion.
 */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class SearchTest {

    static final String PURPOSE = "The tenant called about a letter";

    @Test
    void findsTheCaseByAddressKronofogdenCaseNumberAndLandlordReferenceInTheCallersUnitOnly() {
        Place flat = Place.fresh("41502", "1301");
        String tenant = Pins.next();
        TerminationNoticeReceivedV1 termination = TestEvents.termination(flat, LocalDate.now(), Instant.now(),
                ChildrenKnownV1.NO, tenant);
        String kfm = "KFM-" + System.nanoTime();
        EvictionNoticeReceivedV1 eviction = TestEvents.eviction(kfm, flat.flat(null), Instant.now(),
                OffsetDateTime.now().plusWeeks(6), ChildrenKnownV1.NO, tenant);
        TestEvents.publish(termination);
        String caseId = caseIdOf(ANNA, termination.noticeId());
        TestEvents.publish(eviction);
        assertThat(caseIdOf(ANNA, eviction.noticeId())).isEqualTo(caseId);
        // a second household in the same building: the address finds both, the other criteria only the first
        TerminationNoticeReceivedV1 neighbour = TestEvents.termination(flat.flat("1302"), LocalDate.now(), Instant.now(),
                ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(neighbour);
        String neighbourCase = caseIdOf(ANNA, neighbour.noticeId());

        // the street as a caseworker types it: other case and spacing, the postal code with a space
        String typed = "  " + flat.street().toUpperCase() + " ";
        search(ANNA, Map.of("street", typed, "postalCode", "415 02")).statusCode(200)
                .body("id", hasItem(caseId)).body("id", hasItem(neighbourCase));
        search(ANNA, Map.of("kfmCaseNumber", kfm)).statusCode(200).body("id", org.hamcrest.Matchers.contains(caseId));
        search(ANNA, Map.of("landlordReference", termination.landlordReference())).statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(caseId));
        // another board's caseworker finds nothing by any of them
        search(BENGT, Map.of("street", flat.street(), "postalCode", "41502")).statusCode(200).body("id", not(hasItem(caseId)));
        search(BENGT, Map.of("kfmCaseNumber", kfm)).statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
        search(BENGT, Map.of("landlordReference", termination.landlordReference())).statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(0));

        // audited with the purpose: the building by its key, never the street
        assertThat(CaseApi.sql("select action || '|' || resource_type || '|' || purpose from audit_record"
                + " where actor_username = 'anna' and (? = any(resource_ids) or ? = any(resource_ids)"
                + " or ? = any(resource_ids)) order by id", flat.keys().buildingKey(), kfm, termination.landlordReference()))
                .containsExactly("address.search|building|" + PURPOSE, "eviction.search|kfm-case|" + PURPOSE,
                        "notice.search|landlord-reference|" + PURPOSE);
        assertThat(CaseApi.sql("select count(*) from audit_record where array_to_string(resource_ids, ',') ilike ?",
                "%" + flat.street().substring("Testgatan ".length()) + "%")).containsExactly("0");
        // the listing names the cases shown
        assertThat(CaseApi.sql("select count(*) from audit_record where action = 'case.list' and purpose = ?"
                + " and ? = any(resource_ids) and actor_username = 'anna'", PURPOSE, caseId)).containsExactly("3");
    }

    @Test
    void exactlyOneCriterionAndAPurpose() {
        search(ANNA, Map.of()).statusCode(400).body("errors.field", hasItem("personalIdentityNumber"))
                .body("errors.message", hasItem(containsString("exactly one")));
        search(ANNA, Map.of("kfmCaseNumber", "KFM-1", "landlordReference", "R-1")).statusCode(400)
                .body("errors.message", hasItem(containsString("exactly one")));
        search(ANNA, Map.of("street", "Exempelgatan 12")).statusCode(400).body("errors.field", hasItem("postalCode"));
        search(ANNA, Map.of("postalCode", "41502")).statusCode(400).body("errors.field", hasItem("street"));
        search(ANNA, Map.of("street", "Exempelgatan 12", "postalCode", "4150")).statusCode(400)
                .body("errors.field", hasItem("postalCode"));
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("kfmCaseNumber", "KFM-1"))
                .post("/api/v1/cases/search").then().statusCode(400).body("errors.field", hasItem("purpose"));
        search(ANNA, Map.of("street", " -- ", "postalCode", "41502")).statusCode(400).body("errors.field", hasItem("street"));
        search(ANNA, Map.of("street", "Exempelgatan 12", "postalCode", "012 34")).statusCode(400)
                .body("errors.field", hasItem("postalCode"));
        search(ANNA, Map.of("landlordReference", "x".repeat(101))).statusCode(400)
                .body("errors.field", hasItem("landlordReference"));
    }

    private static ValidatableResponse search(String token, Map<String, String> criteria) {
        Map<String, String> body = new HashMap<>(criteria);
        body.put("purpose", PURPOSE);
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/v1/cases/search").then();
    }
}
