package se.bokvar.consent.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.bokvar.consent.Fixtures.ANNA;
import static se.bokvar.consent.Fixtures.MARIA;
import static se.bokvar.consent.Fixtures.OLOF;
import static se.bokvar.consent.Fixtures.decision;
import static se.bokvar.consent.Fixtures.writtenConsent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import se.bokvar.consent.ConsentTestProfile;
import se.bokvar.consent.Fixtures;

/** Every read and change is audited; auditors read the trail and nothing else. */
@QuarkusTest
@TestProfile(ConsentTestProfile.class)
class AuditTest {

    static String today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
    }

    @Test
    void everyReadAndChangeIsInTheTrailWithoutPersonnummer() {
        UUID caseId = Fixtures.nordostCase(MARIA);
        String id = given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(writtenConsent(MARIA, today()))
                .post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ANNA).get("/api/v1/consents/" + id).then().statusCode(200);
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId + "/consents").then().statusCode(200);
        given().auth().oauth2(ANNA).get("/api/v1/consents/" + id + "/form").then().statusCode(200);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body("{ \"purposes\": [ \"PAYMENT_COMMITMENT\" ], \"withdrawnOn\": \"" + today() + "\" }")
                .post("/api/v1/consents/" + id + "/withdrawals").then().statusCode(200);
        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body(decision(caseId, MARIA, "LANDLORD", "hemma-bostader", "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT"))
                .post("/api/v1/decisions").then().statusCode(200);

        String body = given().auth().oauth2(OLOF).queryParam("resourceId", id).get("/api/v1/audit").then().statusCode(200)
                .body("records.action", contains("consent.give", "consent.read", "consent.list", "consent.form",
                        "consent.withdraw", "consent.decision"))
                .body("records.actorUsername", everyItem(equalTo("anna")))
                .body("records.actorBoard", everyItem(equalTo("nordost")))
                .body("records[0].resourceIds", contains(id, caseId.toString(), Fixtures.personKey(MARIA)))
                .body("records[0].purpose", equalTo("version 1"))
                .body("records[0].occurredAt", notNullValue())
                .body("next", nullValue())
                .extract().asString();
        assertThat(body).doesNotContain("198503152384", "19850315");

        // by person key: everything about Maria, also on other cases
        given().auth().oauth2(OLOF).queryParam("resourceId", Fixtures.personKey(MARIA)).queryParam("action", "consent.decision")
                .get("/api/v1/audit").then().statusCode(200).body("records.resourceIds.flatten()", hasItem(caseId.toString()));
    }

    @Test
    void theTrailIsPagedAndReadingItIsAuditedToo() {
        UUID caseId = Fixtures.nordostCase(MARIA);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId + "/consents").then().statusCode(200);
        }
        var first = given().auth().oauth2(OLOF).queryParam("resourceId", caseId.toString()).queryParam("limit", 2)
                .get("/api/v1/audit").then().statusCode(200).body("records", hasSize(2)).body("next", notNullValue())
                .extract();
        long next = ((Number) first.path("next")).longValue();
        given().auth().oauth2(OLOF).queryParam("resourceId", caseId.toString()).queryParam("after", next)
                .get("/api/v1/audit").then().statusCode(200).body("records", hasSize(1)).body("next", nullValue());
        given().auth().oauth2(OLOF).queryParam("actor", "olof").queryParam("action", "audit.read")
                .queryParam("from", "2020-01-01T00:00:00+01:00").get("/api/v1/audit").then().statusCode(200)
                .body("records.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("records[0].resourceType", equalTo("audit"))
                .body("records[0].actorRoles", equalTo("auditor"));
    }

    @Test
    void onlyAuditorsReadTheTrail() {
        for (String token : List.of(ANNA, Fixtures.SARA, Fixtures.LANDLORD, Fixtures.KRONOFOGDEN)) {
            given().auth().oauth2(token).get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json");
        }
        given().get("/api/v1/audit").then().statusCode(401);
    }

    @Test
    void badFiltersAreNamed() {
        given().auth().oauth2(OLOF).queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(OLOF).queryParam("from", "2026-11-02T00:00:00+01:00").queryParam("to", "2026-11-01T00:00:00+01:00")
                .get("/api/v1/audit").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(OLOF).queryParam("limit", 0).get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(OLOF).queryParam("limit", 5000).get("/api/v1/audit").then().statusCode(400);
        given().auth().oauth2(OLOF).queryParam("limit", "ten").queryParam("after", "x").get("/api/v1/audit").then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("after", "limit"));
    }
}
