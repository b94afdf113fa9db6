package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.testsupport.TestTokens;

/** The caseworker's inbox (board Sydväst, used by no other test): order, filters, positions, audit. */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class InboxTest {

    static final String ERIK = TestTokens.caseworker("erik", "sydvast", "adult");
    static final String SIGRID = TestTokens.caseworker("sigrid", "sydvast", "children");
    static final String SYDVAST = "41450";

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Instant sthlm(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Stockholm")).toInstant();
    }

    static List<String> inbox(String token, Map<String, ?> params) {
        return given().auth().oauth2(token).queryParams(params).get("/api/v1/inbox").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
    }

    @Test
    void theMostUrgentOpenDeadlineFirstWithFiltersPositionsAndAudit() {
        clock.set(sthlm("2026-12-01T09:00"));
        // A: termination served and received today: the period ends Tue 22 Dec
        TerminationNoticeReceivedV1 a = TestEvents.termination(Place.fresh(SYDVAST, "1"), LocalDate.of(2026, 12, 1),
                sthlm("2026-12-01T08:00"), ChildrenKnownV1.NO, Pins.next());
        // B: Kronofogden's notice: acknowledge today
        EvictionNoticeReceivedV1 b = TestEvents.eviction("KFM-INBOX-" + System.nanoTime(), Place.fresh(SYDVAST, null),
                sthlm("2026-12-01T08:30"), OffsetDateTime.parse("2026-12-08T09:00:00+01:00"), ChildrenKnownV1.NO, Pins.next());
        // C: an early warning: only the pre-assessment (limit 29 Dec)
        EarlyWarningReceivedV1 c = TestEvents.earlyWarning(Place.fresh(SYDVAST, "3"), sthlm("2026-12-01T08:45"),
                ChildrenKnownV1.NO, Pins.next());
        // D: termination with children, served and received yesterday: ends Mon 21 Dec
        TerminationNoticeReceivedV1 d = TestEvents.termination(Place.fresh(SYDVAST, "4"), LocalDate.of(2026, 11, 30),
                sthlm("2026-11-30T10:00"), ChildrenKnownV1.YES, Pins.next());
        // E: a termination whose period ended long ago: breached, nothing open
        TerminationNoticeReceivedV1 e = TestEvents.termination(Place.fresh(SYDVAST, "5"), LocalDate.of(2026, 10, 1),
                sthlm("2026-10-01T10:00"), ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(a);
        TestEvents.publish(b);
        TestEvents.publish(c);
        TestEvents.publish(d);
        TestEvents.publish(e);
        String ca = CaseApi.caseIdOf(ERIK, a.noticeId());
        String cb = CaseApi.caseIdOf(ERIK, b.noticeId());
        String cc = CaseApi.caseIdOf(ERIK, c.noticeId());
        String cd = CaseApi.caseIdOf(ERIK, d.noticeId());
        String ce = CaseApi.caseIdOf(ERIK, e.noticeId());

        assertThat(inbox(ERIK, Map.of())).containsExactly(cb, cd, ca, cc, ce);
        JsonPath page = given().auth().oauth2(ERIK).get("/api/v1/inbox").then().statusCode(200).extract().jsonPath();
        assertThat(page.getString("board")).isEqualTo("sydvast");
        assertThat(page.getString("items[0].urgentDeadline")).isEqualTo("KFM_ACKNOWLEDGEMENT");
        assertThat(page.getString("items[1].urgentDeadline")).isEqualTo("RECOVERY_PERIOD");
        assertThat(page.getBoolean("items[4].breached")).isTrue();
        // every notice still needs a position: all five are listed
        assertThat(page.getList("awaitingPosition.noticeId")).contains(a.noticeId().toString(), b.noticeId().toString(),
                c.noticeId().toString(), d.noticeId().toString(), e.noticeId().toString());

        // filters
        assertThat(inbox(ERIK, Map.of("type", "EVICTION"))).containsExactly(cb);
        assertThat(inbox(ERIK, Map.of("children", true))).containsExactly(cd);
        assertThat(inbox(ERIK, Map.of("children", false))).containsExactly(cb, ca, cc, ce);
        assertThat(inbox(ERIK, Map.of("deadlineState", "BREACHED"))).containsExactly(ce);
        assertThat(inbox(ERIK, Map.of("deadlineState", "PENDING"))).containsExactly(cb, cd, ca, cc);
        assertThat(inbox(ERIK, Map.of("limit", 2, "offset", 1))).containsExactly(cd, ca);
        given().auth().oauth2(ERIK).contentType("application/json").body(Map.of("caseworker", "me"))
                .put("/api/v1/cases/" + ca + "/assignment").then().statusCode(204);
        assertThat(inbox(ERIK, Map.of("assigned", "me"))).containsExactly(ca);
        assertThat(inbox(ERIK, Map.of("assigned", "unassigned"))).containsExactly(cb, cd, cc, ce);
        // the children-and-youth unit sees the cases with children
        assertThat(inbox(SIGRID, Map.of())).containsExactly(cd);
        given().auth().oauth2(SIGRID).queryParam("children", false).get("/api/v1/inbox").then().statusCode(400);
        // another board sees none of them
        assertThat(inbox(CaseApi.BENGT, Map.of())).doesNotContain(ca, cb, cc, cd, ce);

        // a recorded position takes the notice off the list
        given().auth().oauth2(ERIK).contentType("application/json").body(Map.of("decision", "NO_ACTION", "reason", "Paid"))
                .put("/api/v1/cases/" + cc + "/notices/" + c.noticeId() + "/position").then().statusCode(204);
        assertThat(given().auth().oauth2(ERIK).get("/api/v1/inbox").then().extract().jsonPath()
                .getList("awaitingPosition.noticeId")).doesNotContain(c.noticeId().toString());

        // the listing is audited: one record naming the cases shown
        assertThat(CaseApi.sql("select count(*) from audit_record where action = 'inbox.list' and actor_username = 'erik'"
                + " and resource_ids @> array[?, ?, ?]::text[]", ca, cb, ce).get(0)).isNotEqualTo("0");
        // exactly one record per listing, naming exactly the cases of the page (a later page shows no positions)
        int before = Integer.parseInt(CaseApi.sql("select count(*) from audit_record where action = 'inbox.list'"
                + " and actor_username = 'erik'").get(0));
        assertThat(inbox(ERIK, Map.of("limit", 2, "offset", 1))).containsExactly(cd, ca);
        assertThat(CaseApi.sql("select count(*) from audit_record where action = 'inbox.list' and actor_username = 'erik'")
                .get(0)).isEqualTo(String.valueOf(before + 1));
        assertThat(CaseApi.sql("select array_to_string(resource_ids, ',') || '|' || resource_type from audit_record"
                + " where action = 'inbox.list' and actor_username = 'erik' order by id desc limit 1"))
                .containsExactly(cd + "," + ca + "|case");

        // bad filters are named
        given().auth().oauth2(ERIK).queryParam("type", "RUMOUR").get("/api/v1/inbox").then().statusCode(400)
                .body("errors.field", hasItem("type"));
        given().auth().oauth2(ERIK).queryParam("limit", 0).get("/api/v1/inbox").then().statusCode(400);
        given().auth().oauth2(CaseApi.OLOF).get("/api/v1/inbox").then().statusCode(403);
    }
}
