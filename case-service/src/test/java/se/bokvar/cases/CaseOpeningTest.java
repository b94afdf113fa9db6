package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.BENGT;
import static se.bokvar.cases.CaseApi.CECILIA;
import static se.bokvar.cases.CaseApi.SARA;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.testsupport.TestTokens;

@QuarkusTest
@TestProfile(CaseTestProfile.class)
class CaseOpeningTest {

    @Test
    void aTerminationOpensACaseInTheUnitOfThePostalCodeWithTheRecoveryPeriod() {
        // served on Wed 2025-12-03, received the same day: the domain brief's first vector
        TerminationNoticeReceivedV1 notice = TestEvents.termination(Place.fresh("41502", "1102"), LocalDate.of(2025, 12, 3),
                Instant.parse("2025-12-03T09:00:00Z"), ChildrenKnownV1.UNKNOWN, Pins.next());
        TestEvents.publish(notice);

        String caseId = caseIdOf(ANNA, notice.noticeId());
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("board", equalTo("nordost"))
                .body("status", equalTo("OPENED"))
                .body("escalation", equalTo("TERMINATION_UNPAID_RENT"))
                .body("household[0].personalIdentityNumber", equalTo(notice.tenants().get(0).personalIdentityNumber()))
                .body("notices", hasSize(1))
                .body("noticesWithoutPosition", equalTo(1))
                .body("deadlines.recoveryPeriod.nominalEnd", equalTo("2025-12-24"))
                .body("deadlines.recoveryPeriod.lastDay", equalTo("2025-12-29"))
                .body("deadlines.recoveryPeriod.provisional", equalTo(false))
                // moved from Wednesday 24 December (julafton) to the next day a period may end, and why, with its statute
                .body("deadlines.recoveryPeriod.movedBecause", contains("julafton"))
                .body("deadlines.recoveryPeriod.legalBasis", equalTo("Jordabalken 12 kap. 44 §"));

        // another board's caseworker does not see it; the children unit sees it only if children are affected
        given().auth().oauth2(BENGT).get("/api/v1/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(BENGT).queryParam("noticeId", notice.noticeId()).get("/api/v1/cases")
                .then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(CECILIA).get("/api/v1/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(SARA).get("/api/v1/cases/" + caseId).then().statusCode(200);

        // the read was audited, naming the case and the reader
        assertThat(CaseApi.sql("select string_agg(actor_username, ',') from audit_record where action = 'case.read'"
                + " and ? = any(resource_ids)", caseId).get(0)).contains("anna");
        // intake learns the notice was handed to case management
        assertThat(CaseApi.published(se.bokvar.contracts.CaseEvents.NOTICE_REGISTERED, notice.noticeId().toString(), 1))
                .singleElement().satisfies(e -> assertThat(e.path("source").asText()).isEqualTo("landlord"));
    }

    @Test
    void redeliveryOfTheSameEventChangesNothingAndTheSameTenancyKeepsOneCase() {
        Place place = Place.fresh("41502", "1102");
        String pin = Pins.next();
        TerminationNoticeReceivedV1 first = TestEvents.termination(place, LocalDate.of(2026, 3, 13),
                Instant.parse("2026-03-13T08:00:00Z"), ChildrenKnownV1.YES, pin);
        String eventId = UUID.randomUUID().toString();
        TestEvents.publish(NoticeEvents.TERMINATION_RECEIVED, place.keys().buildingKey(), first.noticeId().toString(), first, eventId);
        TestEvents.publish(NoticeEvents.TERMINATION_RECEIVED, place.keys().buildingKey(), first.noticeId().toString(), first, eventId);
        // a later termination for the same tenancy (a new one, not a correction): its own recovery period
        TerminationNoticeReceivedV1 second = TestEvents.termination(place, LocalDate.of(2026, 5, 29),
                Instant.parse("2026-05-29T08:00:00Z"), ChildrenKnownV1.UNKNOWN, pin);
        TestEvents.publish(second);

        String caseId = caseIdOf(ANNA, second.noticeId());
        assertThat(caseIdOf(ANNA, first.noticeId())).isEqualTo(caseId);
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("notices", hasSize(2))
                .body("childrenKnown", equalTo("YES"))
                .body("deadlines.recoveryPeriod.lastDay", equalTo("2026-06-22"))
                .body("deadlines.recoveryPeriod.actBy", equalTo("2026-06-22"))
                .body("deadlines.all.findAll { it.kind == 'RECOVERY_PERIOD' }.dueOn",
                        containsInAnyOrder("2026-04-07", "2026-06-22"));
        assertThat(CaseApi.sql("select count(*) from case_notice where id = ?", first.noticeId())).containsExactly("1");
        // children affected: the children-and-youth unit of the board sees it
        given().auth().oauth2(CECILIA).get("/api/v1/cases/" + caseId).then().statusCode(200);
    }

    @Test
    void anUnknownPostalCodeLandsInTheUnroutedQueueForSupervisors() {
        TerminationNoticeReceivedV1 notice = TestEvents.termination(Place.fresh("42700", "1"), null, Instant.now(),
                ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(notice);
        String caseId = caseIdOf(SARA, notice.noticeId());
        given().auth().oauth2(SARA).get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("board", equalTo(null))
                .body("deadlines.recoveryPeriod.provisional", equalTo(true));
        given().auth().oauth2(ANNA).get("/api/v1/cases/" + caseId).then().statusCode(404);
    }

    @Test
    void onlyCaseworkersAndSupervisorsReachCases() {
        String any = "/api/v1/cases/" + UUID.randomUUID();
        given().get(any).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.landlord("hemma-bostader")).get(any).then().statusCode(403);
        given().auth().oauth2(TestTokens.kronofogden()).get(any).then().statusCode(403);
        given().auth().oauth2(TestTokens.auditor("olof")).get(any).then().statusCode(403);
        given().auth().oauth2(ANNA).get(any).then().statusCode(404).contentType("application/problem+json");
    }
}
