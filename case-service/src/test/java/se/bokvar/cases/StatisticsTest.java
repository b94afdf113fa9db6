package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.cases.app.stats.Statistics;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.testsupport.TestTokens;

/** Statistics without personal data, counts of 1–4 suppressed (board Centrum, used by no other test). */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class StatisticsTest {

    static final String CENTRUM = "41120";
    static final String DIANA = TestTokens.caseworker("diana", "centrum", "adult");
    static final String CLAES = TestTokens.supervisor("claes", "centrum");

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Instant sthlm(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Stockholm")).toInstant();
    }

    @Test
    void theFiguresSocialstyrelsenAndKronofogdenAskForWithSmallCountsSuppressed() {
        clock.set(sthlm("2026-10-31T12:00"));
        List<String> pins = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String pin = Pins.next();
            pins.add(pin);
            TerminationNoticeReceivedV1 n = TestEvents.termination(Place.fresh(CENTRUM, "6" + i), null,
                    sthlm("2026-10-0" + (i + 1) + "T08:00"), i < 2 ? ChildrenKnownV1.YES : ChildrenKnownV1.NO, pin);
            TestEvents.publish(n);
            String caseId = CaseApi.caseIdOf(DIANA, n.noticeId());
            cases.add(caseId);
            // first personal contact i+1 hours after the receipt (a letter before it does not count)
            CaseApi.step(DIANA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "LETTER", "reached", true,
                    "performedAt", sthlm("2026-10-0" + (i + 1) + "T08:30").toString())).then().statusCode(201);
            CaseApi.step(DIANA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "PHONE", "reached", true,
                    "performedAt", sthlm("2026-10-0" + (i + 1) + "T08:00").plusSeconds(3600L * (i + 1)).toString()))
                    .then().statusCode(201);
        }
        for (int i = 0; i < 2; i++) {
            EarlyWarningReceivedV1 w = TestEvents.earlyWarning(Place.fresh(CENTRUM, "7" + i), sthlm("2026-10-10T08:00"),
                    ChildrenKnownV1.NO, Pins.next());
            TestEvents.publish(w);
            CaseApi.caseIdOf(DIANA, w.noticeId());
        }
        // three closed with an averted eviction (a suppressed count)
        for (int i = 2; i < 5; i++) {
            given().auth().oauth2(DIANA).contentType("application/json")
                    .body(Map.of("outcome", "EVICTION_AVERTED", "avertedBy", "DEBT_PAID"))
                    .post("/api/v1/cases/" + cases.get(i) + "/closing").then().statusCode(204);
        }

        JsonPath s = given().auth().oauth2(CLAES).queryParam("from", "2026-10").queryParam("to", "2026-10")
                .get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(s.getString("scope")).isEqualTo("centrum");
        assertThat(s.getInt("notices.find { it.kind == 'TERMINATION_UNPAID_RENT' }.count.count")).isEqualTo(6);
        assertThat(s.getString("notices.find { it.kind == 'EARLY_WARNING' }.count.suppressed")).isEqualTo("<5");
        assertThat(s.getString("notices.find { it.kind == 'EARLY_WARNING' }.count.count")).isNull();
        assertThat(s.getString("notices[0].month")).isEqualTo("2026-10");
        assertThat(s.getInt("firstPersonalContact.cases.count")).isEqualTo(6);
        assertThat(s.getDouble("firstPersonalContact.medianHours")).isEqualTo(3.5);
        assertThat(s.getDouble("firstPersonalContact.p90Hours")).isEqualTo(5.5);
        assertThat(s.getInt("children.cases.count")).isEqualTo(8);
        assertThat(s.getString("children.withChildren.suppressed")).isEqualTo("<5");
        assertThat(s.getString("children.share")).isNull();
        assertThat(s.getString("outcomes.find { it.outcome == 'EVICTION_AVERTED' }.avertedBy")).isEqualTo("DEBT_PAID");
        assertThat(s.getString("outcomes.find { it.outcome == 'EVICTION_AVERTED' }.count.suppressed")).isEqualTo("<5");
        assertThat(s.getList("deadlines.deadline")).contains("RECOVERY_PERIOD", "PRE_ASSESSMENT");
        // no personal data
        String body = s.prettify();
        for (String pin : pins) {
            assertThat(body).doesNotContain(pin.substring(2));
        }
        assertThat(body).doesNotContain("Testgatan").doesNotContain(cases.get(0));

        // municipality-wide for supervisors; not for caseworkers or auditors; bad periods are named
        given().auth().oauth2(CLAES).queryParam("from", "2026-10").queryParam("to", "2026-10").queryParam("scope", "municipality")
                .get("/api/v1/statistics").then().statusCode(200).body("scope", org.hamcrest.Matchers.equalTo("municipality"));
        given().auth().oauth2(DIANA).queryParam("from", "2026-10").queryParam("to", "2026-10").get("/api/v1/statistics")
                .then().statusCode(403);
        given().auth().oauth2(CLAES).queryParam("from", "2026-10").queryParam("to", "2026-09").get("/api/v1/statistics")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("to"));
        given().auth().oauth2(CLAES).queryParam("from", "october").queryParam("to", "2026-09").get("/api/v1/statistics")
                .then().statusCode(400);
    }
}
