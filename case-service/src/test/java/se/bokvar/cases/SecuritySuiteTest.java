package se.bokvar.cases;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.TenantLetterDispatchedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.testsupport.security.ApiOperation;
import se.bokvar.testsupport.security.CellRequest;
import se.bokvar.testsupport.security.Role;
import se.bokvar.testsupport.security.SecurityFixtures;
import se.bokvar.testsupport.security.SecuritySuite;

/**
 * The security suite (docs/security-tests.md) for the caseworkers' API: the matrix is
 * src/test/resources/security/authorization-matrix.csv. Every fixture is made anew for every cell, on board X
 * (Nordost, postal code 415 02), from the events intake and the adapter publish: {@code case-of-board-x} (a termination
 * case without children), {@code task-of-board-x} (a case where visiting children gave the children-and-youth unit a
 * task), {@code eviction-case-of-board-x} (an eviction case with the tenant's letter), {@code none}.
 */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class SecuritySuiteTest extends SecuritySuite {

    static final ObjectMapper JSON = new ObjectMapper();

    SecuritySuiteTest() {
        super("cases", new TokenProbe("GET /api/v1/cases/{id}", "case-of-board-x", Role.CASEWORKER_X),
                SecurityFixtures.from(SecuritySuiteTest::request)
                        // a search stores nothing; a case moved to another board is no longer the caller's to read
                        .noReadBack(op -> op.path().equals("/api/v1/cases/search") || op.path().endsWith("/board")
                                // an extract stores nothing but its audit record
                                || op.path().equals("/api/v1/register-extracts"))
                        // a step's and a postponement request's details show in the case's timeline
                        .readBack(op -> op.path().endsWith("/steps") || op.path().endsWith("/postponements"),
                                "/api/v1/cases/{id}/timeline", "id", "/caseId")
                        // whatever else a write stores on a case shows in the case
                        .readBack(op -> true, "/api/v1/cases/{id}", "id", "/caseId")
                        .build());
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
    }

    static CellRequest request(ApiOperation op, String fixture, Role caller) {
        return switch (fixture) {
            case "none" -> CellRequest.create().body(body(op, null, null, null))
                    .query("from", "2026-01").query("to", "2026-12");
            case "case-of-board-x" -> {
                String pin = Pins.next();
                TerminationNoticeReceivedV1 n = TestEvents.termination(Place.fresh("41502", "1"), null, Instant.now(),
                        ChildrenKnownV1.NO, pin);
                TestEvents.publish(n);
                String caseId = CaseApi.caseIdOf(Role.CASEWORKER_X.token(), n.noticeId());
                yield CellRequest.create().path("id", caseId).path("noticeId", n.noticeId()).query("noticeId", n.noticeId())
                        .body(body(op, caseId, pin, null));
            }
            case "task-of-board-x" -> {
                TerminationNoticeReceivedV1 n = TestEvents.termination(Place.fresh("41502", "2"), null, Instant.now(),
                        ChildrenKnownV1.NO, Pins.next());
                TestEvents.publish(n);
                String caseId = CaseApi.caseIdOf(Role.CASEWORKER_X.token(), n.noticeId());
                CaseApi.step(Role.CASEWORKER_X.token(), caseId, Map.of("kind", "REGISTER_CHECK", "registeredAtAddress", true,
                        "children", "VISITS")).then().statusCode(201);
                String taskId = CaseApi.read(Role.CASEWORKER_X.token(), caseId).getString("tasks[0].id");
                yield CellRequest.create().path("id", caseId).path("taskId", taskId);
            }
            case "eviction-case-of-board-x" -> {
                String kfm = "KFM-" + System.nanoTime();
                EvictionNoticeReceivedV1 notice = TestEvents.eviction(kfm, Place.fresh("41502", null),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS),
                        OffsetDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS), ChildrenKnownV1.NO, Pins.next());
                TestEvents.publish(notice);
                String caseId = CaseApi.caseIdOf(Role.CASEWORKER_X.token(), notice.noticeId());
                if (op.path().endsWith("/postponements")) {
                    // the tenant's consent covers the request (illness: health), so only the caller's rights decide
                    CaseApi.allowDisclosure(caseId, "KRONOFOGDEN", "kronofogden", "REQUEST_POSTPONEMENT", "HEALTH");
                }
                UUID letterId = UUID.randomUUID();
                if (op.path().contains("/letters/")) {
                    TestEvents.publish(DeliveryEvents.TENANT_LETTER_DISPATCHED, notice.keys().buildingKey(), caseId,
                            new TenantLetterDispatchedV1(letterId, UUID.fromString(caseId), kfm, Instant.now(), "PRINT-42",
                                    "<html><body><p>Ansvarig handläggare: Anna Handläggare</p></body></html>"));
                    String url = "/api/v1/cases/" + caseId + "/letters/" + letterId;
                    Awaitility.await().atMost(Duration.ofSeconds(30))
                            .until(() -> given().auth().oauth2(Role.CASEWORKER_X.token()).get(url).statusCode() == 200);
                }
                yield CellRequest.create().path("id", caseId).path("letterId", letterId).body(body(op, caseId, null, kfm));
            }
            default -> throw SecurityFixtures.unknownFixture(fixture);
        };
    }

    private static String body(ApiOperation op, String caseId, String pin, String kfm) {
        if (!op.hasBody()) {
            return null;
        }
        String path = op.path();
        Object body;
        if (path.equals("/api/v1/cases/search")) {
            body = Map.of("personalIdentityNumber", pin == null ? Pins.next() : pin, "purpose", "The tenant called about a letter");
        } else if (path.endsWith("/position")) {
            body = Map.of("decision", "OPEN_PRE_ASSESSMENT");
        } else if (path.endsWith("/assignment")) {
            body = Map.of("caseworker", "me");
        } else if (path.endsWith("/board")) {
            body = Map.of("board", "hisingen", "reason", "The flat is on Hisingen");
        } else if (path.endsWith("/steps")) {
            body = Map.of("kind", "REGISTER_CHECK", "registeredAtAddress", true, "children", "NONE");
        } else if (path.endsWith("/closing")) {
            body = Map.of("outcome", "NO_CONTACT");
        } else if (path.endsWith("/extensions")) {
            body = Map.of("newLimit", LocalDate.now(ZoneId.of("Europe/Stockholm")).plusMonths(2).toString(),
                    "reason", "No contact with the tenant yet");
        } else if (path.endsWith("/postponements")) {
            body = Map.of("kfmCaseNumber", kfm == null ? "KFM-1" : kfm, "grounds", "ILLNESS",
                    "motivation", "The tenant is in hospital until next month");
        } else if (path.equals("/api/v1/cases/notices")) {
            body = Map.of("kind", "EARLY_WARNING", "source", "RELATIVE",
                    "tenants", java.util.List.of(Map.of("personalIdentityNumber", Pins.next(), "name", "Maria Exempelsson")),
                    "address", Map.of("street", "Testgatan " + UUID.randomUUID().toString().substring(0, 8), "postalCode",
                            "41502", "city", "Göteborg"),
                    "childrenKnown", "UNKNOWN", "description", "The tenant's sister called: the rent is unpaid");
        } else if (path.equals("/api/v1/register-extracts")) {
            body = Map.of("personalIdentityNumber", pin == null ? Pins.next() : pin, "purpose", "Begäran om registerutdrag, dnr 2026-1");
        } else if (path.equals("/api/v1/audit/queries")) {
            body = Map.of("actor", "anna", "limit", 10);
        } else {
            throw new IllegalArgumentException("no body for " + op);
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
