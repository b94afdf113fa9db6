package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.SARA;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.cases.app.deadline.DeadlineScan;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;

/**
 * The responsible caseworker for Kronofogden's same-day acknowledgement: the assigned one, or at the cut-off (14:00,
 * configurable) the board's duty caseworker from the roster, the central one for an unrouted case; renamed after a
 * reassignment. The clock is controlled: no test sleeps.
 */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class ResponsibleCaseworkerTest {

    @Inject
    TestClock clock;

    @Inject
    DeadlineScan scans;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Instant sthlm(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Stockholm")).toInstant();
    }

    static int namings(String caseId) {
        return Integer.parseInt(CaseApi.sql("select count(*) from outbox_event where event_type = ? and subject = ?",
                CaseEvents.RESPONSIBLE_CASEWORKER_NAMED.type(), caseId).get(0));
    }

    String kfmNotice(String postalCode, Instant receivedAt, String pin, String kfm) {
        clock.set(receivedAt);
        EvictionNoticeReceivedV1 notice = TestEvents.eviction(kfm, Place.fresh(postalCode, null), receivedAt,
                OffsetDateTime.ofInstant(receivedAt, ZoneId.of("Europe/Stockholm")).plusDays(7).withHour(9),
                ChildrenKnownV1.NO, pin);
        TestEvents.publish(notice);
        return caseIdOf(SARA, notice.noticeId());
    }

    @Test
    void theAssignedCaseworkerIsNamedAndAReassignmentIsAnnouncedAgain() throws Throwable {
        String pin = Pins.next();
        String kfm = "KFM-A-" + System.nanoTime();
        String caseId = kfmNotice("41502", sthlm("2026-12-01T10:00"), pin, kfm);
        assertThat(namings(caseId)).isZero();

        clock.set(sthlm("2026-12-01T11:00"));
        given().auth().oauth2(ANNA).contentType("application/json").body(Map.of("caseworker", "me"))
                .put("/api/v1/cases/" + caseId + "/assignment").then().statusCode(204);
        JsonNode first = CaseApi.published(CaseEvents.RESPONSIBLE_CASEWORKER_NAMED, caseId, 1).get(0);
        assertThat(first.path("sequence").asInt()).isEqualTo(1);
        assertThat(first.path("basis").asText()).isEqualTo("ASSIGNED");
        assertThat(first.path("kfmCaseNumber").asText()).isEqualTo(kfm);
        assertThat(first.path("dueOn").asText()).isEqualTo("2026-12-01");
        assertThat(first.path("caseworker").path("userId").asText()).isEqualTo("anna");
        assertThat(first.path("caseworker").path("name").asText()).isEqualTo("Anna Andersson");
        assertThat(first.path("caseworker").path("phone").asText()).isEqualTo("031-365 00 01");
        assertThat(first.path("caseworker").path("unit").asText()).isEqualTo("Nordost, vuxenenheten");
        assertThat(first.path("tenants").get(0).path("personalIdentityNumber").asText()).isEqualTo(pin);
        assertThat(first.path("evictionAt").asText()).startsWith("2026-12-08T09");

        // the cut-off passes: already named, nothing more
        clock.set(sthlm("2026-12-01T14:00"));
        VertxContextSupport.subscribeAndAwait(() -> scans.scanOnce());
        assertThat(namings(caseId)).isEqualTo(1);

        // a supervisor gives the case to David: announced again
        given().auth().oauth2(SARA).contentType("application/json").body(Map.of("caseworker", "david"))
                .put("/api/v1/cases/" + caseId + "/assignment").then().statusCode(204);
        List<JsonNode> both = CaseApi.published(CaseEvents.RESPONSIBLE_CASEWORKER_NAMED, caseId, 2);
        assertThat(both.get(1).path("sequence").asInt()).isEqualTo(2);
        assertThat(both.get(1).path("basis").asText()).isEqualTo("REASSIGNED");
        assertThat(both.get(1).path("caseworker").path("userId").asText()).isEqualTo("david");
        assertThat(CaseApi.read(ANNA, caseId).getString("evictions[0].responsibleCaseworker")).isEqualTo("david");
        assertThat(CaseApi.read(ANNA, caseId).getInt("evictions[0].namings")).isEqualTo(2);
    }

    @Test
    void atTheCutOffTheBoardsDutyCaseworkerOfTheDayIsNamed() throws Throwable {
        String caseId = kfmNotice("41502", sthlm("2026-12-01T10:00"), Pins.next(), "KFM-B-" + System.nanoTime());
        clock.set(sthlm("2026-12-01T13:59:59"));
        VertxContextSupport.subscribeAndAwait(() -> scans.scanOnce());
        assertThat(namings(caseId)).isZero();
        clock.set(sthlm("2026-12-01T14:00"));
        VertxContextSupport.subscribeAndAwait(() -> scans.scanOnce());
        VertxContextSupport.subscribeAndAwait(() -> scans.scanOnce());
        assertThat(namings(caseId)).isEqualTo(1);
        JsonNode naming = CaseApi.published(CaseEvents.RESPONSIBLE_CASEWORKER_NAMED, caseId, 1).get(0);
        assertThat(naming.path("basis").asText()).isEqualTo("DUTY");
        // Tuesday: the roster's every-day line for Nordost
        assertThat(naming.path("caseworker").path("userId").asText()).isEqualTo("anna");
    }

    @Test
    void aNoticeAfterTheCutOffIsNamedAtOnceEvenAt2359AndFridaysHaveTheirOwnDuty() {
        String caseId = kfmNotice("41502", sthlm("2026-12-04T23:59"), Pins.next(), "KFM-C-" + System.nanoTime());
        JsonNode naming = CaseApi.published(CaseEvents.RESPONSIBLE_CASEWORKER_NAMED, caseId, 1).get(0);
        assertThat(naming.path("basis").asText()).isEqualTo("DUTY");
        assertThat(naming.path("dueOn").asText()).isEqualTo("2026-12-04");
        assertThat(naming.path("caseworker").path("userId").asText()).isEqualTo("david");
    }

    @Test
    void anUnroutedCaseGetsTheCentralDutyCaseworkerAndIsRenamedWhenRouted() {
        String caseId = kfmNotice("42800", sthlm("2026-12-01T15:00"), Pins.next(), "KFM-D-" + System.nanoTime());
        JsonNode naming = CaseApi.published(CaseEvents.RESPONSIBLE_CASEWORKER_NAMED, caseId, 1).get(0);
        assertThat(naming.path("basis").asText()).isEqualTo("CENTRAL_DUTY");
        assertThat(naming.path("caseworker").path("userId").asText()).isEqualTo("jour");
        given().auth().oauth2(SARA).contentType("application/json")
                .body(Map.of("board", "hisingen", "reason", "The address is on Hisingen"))
                .put("/api/v1/cases/" + caseId + "/board").then().statusCode(204);
        JsonNode again = CaseApi.published(CaseEvents.RESPONSIBLE_CASEWORKER_NAMED, caseId, 2).get(1);
        assertThat(again.path("sequence").asInt()).isEqualTo(2);
        assertThat(again.path("basis").asText()).isEqualTo("REASSIGNED");
        assertThat(again.path("caseworker").path("userId").asText()).isEqualTo("bengt");
    }
}
