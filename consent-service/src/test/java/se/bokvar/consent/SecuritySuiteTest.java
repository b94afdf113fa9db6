package se.bokvar.consent;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import se.bokvar.testsupport.security.ApiOperation;
import se.bokvar.testsupport.security.CellRequest;
import se.bokvar.testsupport.security.Role;
import se.bokvar.testsupport.security.SecurityFixtures;
import se.bokvar.testsupport.security.SecuritySuite;

/**
 * The security suite (docs/security-tests.md) for the consent API: the matrix is
 * src/test/resources/security/authorization-matrix.csv. Fixtures, made anew for every cell: {@code case-of-board-x}
 * (a case of Nordost's adult unit, no children, announced as case-service would), {@code consent-of-board-x} (such a
 * case with Maria's written consent, given by Anna), {@code none} (the register extract asks for Maria's).
 */
@QuarkusTest
@TestProfile(ConsentTestProfile.class)
class SecuritySuiteTest extends SecuritySuite {

    SecuritySuiteTest() {
        super("consent", new TokenProbe("GET /api/v1/consents/{id}", "consent-of-board-x", Role.CASEWORKER_X),
                SecurityFixtures.from(SecuritySuiteTest::request)
                        // a consent and every change to it show in GET /api/v1/consents/{id}
                        .readBack(op -> op.path().endsWith("/consents") || op.path().startsWith("/api/v1/consents/"),
                                "/api/v1/consents/{id}", "id", "/id")
                        .build());
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
    }

    static CellRequest request(ApiOperation op, String fixture, Role caller) {
        return switch (fixture) {
            case "none" -> CellRequest.create().body(body(op, null));
            case "case-of-board-x" -> {
                UUID caseId = Fixtures.nordostCase(Fixtures.MARIA);
                yield CellRequest.create().path("caseId", caseId).body(body(op, caseId));
            }
            case "consent-of-board-x" -> {
                UUID caseId = Fixtures.nordostCase(Fixtures.MARIA);
                String id = given().auth().oauth2(Role.CASEWORKER_X.token()).contentType(ContentType.JSON)
                        .body(Fixtures.writtenConsent(Fixtures.MARIA, today())).post("/api/v1/cases/" + caseId + "/consents")
                        .then().statusCode(201).extract().path("id");
                yield CellRequest.create().path("id", id).body(body(op, caseId));
            }
            default -> throw SecurityFixtures.unknownFixture(fixture);
        };
    }

    private static String body(ApiOperation op, UUID caseId) {
        String path = op.path();
        if (!op.hasBody()) {
            return null;
        }
        if (path.endsWith("/consents")) {
            return Fixtures.writtenConsent(Fixtures.MARIA, today());
        }
        if (path.endsWith("/consent-forms")) {
            return """
                    { "personalIdentityNumber": "%s", "parties": [ { "kind": "KRONOFOGDEN" } ], "purposes": [ "FOLLOW_UP" ],
                      "categories": [ "CASE_STATUS" ] }""".formatted(Fixtures.MARIA);
        }
        if (path.endsWith("/changes")) {
            return """
                    { "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader" }, { "kind": "BUDGET_DEBT_COUNSELLING" },
                                   { "kind": "KRONOFOGDEN" } ],
                      "purposes": [ "INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                      "categories": [ "PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                      "form": "ORAL_DOCUMENTED", "givenOn": "%s" }""".formatted(today());
        }
        if (path.endsWith("/withdrawals")) {
            return "{ \"whole\": true, \"withdrawnOn\": \"" + today() + "\" }";
        }
        if (path.endsWith("/decisions")) {
            UUID id = caseId == null ? Fixtures.nordostCase(Fixtures.MARIA) : caseId;
            return Fixtures.decision(id, Fixtures.MARIA, "LANDLORD", "hemma-bostader", "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT");
        }
        if (path.endsWith("/register-extracts")) {
            return """
                    { "personalIdentityNumber": "%s", "purpose": "Begäran om registerutdrag, dnr 2026-1234" }"""
                    .formatted(Fixtures.MARIA);
        }
        throw new IllegalArgumentException("no body for " + op);
    }
}
