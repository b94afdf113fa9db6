package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
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
import se.bokvar.cases.app.Routing;
import se.bokvar.cases.app.stats.Grid;
import se.bokvar.cases.app.stats.LinearAttacker;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.testsupport.TestTokens;

/**
 * Statistics without personal data, through the grid: small counts hidden, and none of them can be worked out from
 * other answers. The months are in 2024, which no other test uses, so every count of those months is this test's;
 * board Centrum is used by no other test, Hisingen only for a few cases of other months.
 */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class StatisticsTest {

    static final String CENTRUM = "41120";
    static final String HISINGEN = "41750";
    static final String DIANA = TestTokens.caseworker("diana", "centrum", "adult");
    static final String CLAES = TestTokens.supervisor("claes", "centrum");

    @Inject
    TestClock clock;

    @Inject
    Routing routing;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Instant sthlm(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Stockholm")).toInstant();
    }

    static JsonPath statistics(String token, String from, String to, String scope) {
        return given().auth().oauth2(token).queryParam("from", from).queryParam("to", to).queryParam("scope", scope)
                .get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
    }

    /** Opens one case per notice: terminations received on the given Stockholm days at 08:00. */
    static List<String> terminations(String postalCode, String token, String... days) {
        List<TerminationNoticeReceivedV1> notices = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            TerminationNoticeReceivedV1 n = TestEvents.termination(Place.fresh(postalCode, "s" + i), null,
                    sthlm(days[i] + "T08:00"), ChildrenKnownV1.NO, Pins.next());
            TestEvents.publish(n);
            notices.add(n);
        }
        return notices.stream().map(n -> CaseApi.caseIdOf(token, n.noticeId())).toList();
    }

    @Test
    void theFiguresSocialstyrelsenAndKronofogdenAskForWithSmallCountsHiddenAndOnlyForMonthsThatHaveEnded() {
        clock.set(sthlm("2024-10-31T12:00"));
        List<String> pins = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String pin = Pins.next();
            pins.add(pin);
            TerminationNoticeReceivedV1 n = TestEvents.termination(Place.fresh(CENTRUM, "6" + i), null,
                    sthlm("2024-10-0" + (i + 1) + "T08:00"), i < 2 ? ChildrenKnownV1.YES : ChildrenKnownV1.NO, pin);
            TestEvents.publish(n);
            String caseId = CaseApi.caseIdOf(DIANA, n.noticeId());
            cases.add(caseId);
            // first personal contact i+1 hours after the receipt (a letter before it does not count)
            CaseApi.step(DIANA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "LETTER", "reached", true,
                    "performedAt", sthlm("2024-10-0" + (i + 1) + "T08:30").toString())).then().statusCode(201);
            CaseApi.step(DIANA, caseId, Map.of("kind", "TENANT_CONTACT", "method", "PHONE", "reached", true,
                    "performedAt", sthlm("2024-10-0" + (i + 1) + "T08:00").plusSeconds(3600L * (i + 1)).toString()))
                    .then().statusCode(201);
        }
        for (int i = 0; i < 2; i++) {
            EarlyWarningReceivedV1 w = TestEvents.earlyWarning(Place.fresh(CENTRUM, "7" + i), sthlm("2024-10-10T08:00"),
                    ChildrenKnownV1.NO, Pins.next());
            TestEvents.publish(w);
            CaseApi.caseIdOf(DIANA, w.noticeId());
        }
        // three closed with an averted eviction (a small count)
        for (int i = 2; i < 5; i++) {
            given().auth().oauth2(DIANA).contentType("application/json")
                    .body(Map.of("outcome", "EVICTION_AVERTED", "avertedBy", "DEBT_PAID"))
                    .post("/api/v1/cases/" + cases.get(i) + "/closing").then().statusCode(204);
        }

        // October has not ended: nothing of it is published (its counts still change from day to day)
        JsonPath open = statistics(CLAES, "2024-10", "2024-10", "board");
        assertThat(open.getString("publishedThrough")).isNull();
        assertThat(open.getList("notices")).isEmpty();
        assertThat(open.getString("children")).isNull();
        assertThat(statistics(CLAES, "2024-09", "2024-10", "board").getString("publishedThrough")).isEqualTo("2024-09");

        clock.set(sthlm("2024-11-04T09:00"));
        JsonPath s = statistics(CLAES, "2024-10", "2024-10", "board");
        assertThat(s.getString("scope")).isEqualTo("centrum");
        assertThat(s.getString("publishedThrough")).isEqualTo("2024-10");
        assertThat(s.getInt("notices.find { it.kind == 'TERMINATION_UNPAID_RENT' }.count.count")).isEqualTo(6);
        assertThat(s.getString("notices.find { it.kind == 'EARLY_WARNING' }.count.suppressed")).isEqualTo("hidden");
        assertThat(s.getString("notices.find { it.kind == 'EARLY_WARNING' }.count.count")).isNull();
        assertThat(s.getString("notices[0].month")).isEqualTo("2024-10");
        assertThat(s.getInt("firstPersonalContact.cases.count")).isEqualTo(6);
        assertThat(s.getDouble("firstPersonalContact.medianHours")).isEqualTo(3.5);
        assertThat(s.getDouble("firstPersonalContact.p90Hours")).isEqualTo(5.5);
        assertThat(s.getInt("children.cases.count")).isEqualTo(8);
        assertThat(s.getString("children.withChildren.suppressed")).isEqualTo("hidden");
        assertThat(s.getString("children.share")).isNull();
        assertThat(s.getString("outcomes.find { it.outcome == 'EVICTION_AVERTED' }.avertedBy")).isEqualTo("DEBT_PAID");
        assertThat(s.getString("outcomes.find { it.outcome == 'EVICTION_AVERTED' }.count.suppressed")).isEqualTo("hidden");
        assertThat(s.getList("deadlines.deadline")).contains("RECOVERY_PERIOD", "PRE_ASSESSMENT");
        assertThat(s.getString("noticeTotals")).as("the board's answer: its cells are its totals").isNull();
        // no personal data
        String body = s.prettify();
        for (String pin : pins) {
            assertThat(body).doesNotContain(pin.substring(2));
        }
        assertThat(body).doesNotContain("Testgatan").doesNotContain(cases.get(0));

        // municipality-wide for supervisors, with the month's totals; not for caseworkers or auditors; bad periods named
        JsonPath municipality = statistics(CLAES, "2024-10", "2024-10", "municipality");
        assertThat(municipality.getString("scope")).isEqualTo("municipality");
        assertThat(municipality.getInt("noticeTotals.find { it.kind == 'TERMINATION_UNPAID_RENT' }.count.count")).isEqualTo(6);
        assertThat(municipality.getString("noticeTotals.find { it.kind == 'EARLY_WARNING' }.count.suppressed")).isEqualTo("hidden");
        given().auth().oauth2(DIANA).queryParam("from", "2024-10").queryParam("to", "2024-10").get("/api/v1/statistics")
                .then().statusCode(403);
        given().auth().oauth2(CaseApi.OLOF).queryParam("from", "2024-10").queryParam("to", "2024-10")
                .get("/api/v1/statistics").then().statusCode(403);
        given().auth().oauth2(CLAES).queryParam("from", "2024-10").queryParam("to", "2024-09").get("/api/v1/statistics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("to"));
        given().auth().oauth2(CLAES).queryParam("from", "october").queryParam("to", "2024-09").get("/api/v1/statistics")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("from"));
        given().auth().oauth2(CLAES).queryParam("from", "2020-01").queryParam("to", "2024-09").get("/api/v1/statistics")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("to"));
        given().auth().oauth2(CLAES).queryParam("from", "2024-01").queryParam("to", "2024-09").queryParam("scope", "county")
                .get("/api/v1/statistics").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("scope"));
    }

    /**
     * January 2024: Centrum 3 cases (3 notices), Hisingen 6; February and March: Centrum 5 and 6. Before the grid
     * the municipality's January (9) minus Hisingen's (6) gave Centrum's 3, and Centrum's January to March (14) minus
     * February to March (11) gave it too. Every answer of every period within the quarter, for both boards and the
     * municipality, is collected as equations over the cases per month and board; Centrum's January must not follow.
     */
    @Test
    void aSmallCountCannotBeWorkedOutFromTheMunicipalityTotalNorFromOverlappingPeriods() {
        assertThat(CaseApi.sql("select count(*) from household_case where opened_at >= '2024-01-01' and opened_at < '2024-04-01'"))
                .as("the quarter is this test's alone").containsExactly("0");
        clock.set(sthlm("2024-03-29T12:00"));
        terminations(CENTRUM, DIANA, "2024-01-10", "2024-01-11", "2024-01-12");
        terminations(HISINGEN, CaseApi.BENGT, "2024-01-08", "2024-01-09", "2024-01-10", "2024-01-15", "2024-01-16", "2024-01-17");
        terminations(CENTRUM, DIANA, "2024-02-05", "2024-02-06", "2024-02-07", "2024-02-08", "2024-02-09");
        terminations(CENTRUM, DIANA, "2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08", "2024-03-11");
        clock.set(sthlm("2024-04-03T09:00"));

        // (a) the board's 3 beside the municipality's total: the total is useful, so another board is hidden too
        JsonPath centrum = statistics(CLAES, "2024-01", "2024-01", "board");
        JsonPath municipality = statistics(CLAES, "2024-01", "2024-01", "municipality");
        JsonPath hisingen = statistics(CaseApi.HISINGEN_SUPERVISOR, "2024-01", "2024-01", "board");
        assertThat(centrum.getString("notices.find { it.kind == 'TERMINATION_UNPAID_RENT' }.count.suppressed")).isEqualTo("hidden");
        assertThat(centrum.getString("children.cases.suppressed")).isEqualTo("hidden");
        assertThat(municipality.getInt("noticeTotals.find { it.kind == 'TERMINATION_UNPAID_RENT' }.count.count")).isEqualTo(9);
        assertThat(municipality.getInt("children.cases.count")).isEqualTo(9);
        assertThat(municipality.getString("notices.find { it.board == 'hisingen' }.count.suppressed")).isEqualTo("hidden");
        assertThat(hisingen.getString("notices.find { it.kind == 'TERMINATION_UNPAID_RENT' }.count.suppressed")).isEqualTo("hidden");
        assertThat(hisingen.getString("children.cases.suppressed")).isEqualTo("hidden");

        // (b) overlapping periods: January to March is hidden because January is; February to March is 11
        JsonPath quarter = statistics(CLAES, "2024-01", "2024-03", "board");
        assertThat(quarter.getString("children.cases.suppressed")).isEqualTo("hidden");
        assertThat(quarter.getList("notices.month")).containsExactly("2024-01", "2024-02", "2024-03");
        assertThat(quarter.getList("notices.count.count")).containsExactly(null, 5, 6);
        assertThat(statistics(CLAES, "2024-02", "2024-03", "board").getInt("children.cases.count")).isEqualTo(11);

        // the attacker: every period of the quarter, every scope
        List<String> columns = Grid.columns(routing.table().boards());
        YearMonth jan = YearMonth.of(2024, 1);
        LinearAttacker cases = new LinearAttacker(3 * columns.size());
        LinearAttacker notices = new LinearAttacker(3 * columns.size());
        for (int first = 0; first < 3; first++) {
            for (int last = first; last < 3; last++) {
                for (String[] scope : new String[][] { { CLAES, "board", "centrum" },
                        { CaseApi.HISINGEN_SUPERVISOR, "board", "hisingen" }, { CLAES, "municipality", null } }) {
                    JsonPath s = statistics(scope[0], jan.plusMonths(first).toString(), jan.plusMonths(last).toString(), scope[1]);
                    List<Integer> cols = new ArrayList<>();
                    for (int c = 0; c < columns.size(); c++) {
                        if (scope[2] == null || columns.get(c).equals(scope[2])) {
                            cols.add(c);
                        }
                    }
                    learn(cases, s.get("children.cases.count"), first, last, cols, columns.size());
                    for (int m = first; m <= last; m++) {
                        String month = jan.plusMonths(m).toString();
                        for (int c : cols) {
                            String at = "notices.find { it.month == '" + month + "' && it.board == '" + columns.get(c)
                                    + "' && it.kind == 'TERMINATION_UNPAID_RENT' }";
                            Object listed = s.get(at);
                            learn(notices, listed == null ? Integer.valueOf(0) : s.get(at + ".count.count"), m, m, List.of(c),
                                    columns.size());
                        }
                        if (scope[2] == null) {
                            String at = "noticeTotals.find { it.month == '" + month + "' && it.kind == 'TERMINATION_UNPAID_RENT' }";
                            Object total = s.get(at);
                            learn(notices, total == null ? Integer.valueOf(0) : s.get(at + ".count.count"), m, m, cols,
                                    columns.size());
                        }
                    }
                }
            }
        }
        int centrumJanuary = columns.indexOf("centrum");
        assertThat(cases.derives(centrumJanuary)).as("Centrum's 3 cases in January").isFalse();
        assertThat(notices.derives(centrumJanuary)).as("Centrum's 3 notices in January").isFalse();
        assertThat(cases.rank()).as("the answers did publish figures").isPositive();
    }

    /** A published figure (null: hidden, nothing learnt) as the sum of months first..last of the columns. */
    static void learn(LinearAttacker attacker, Object count, int first, int last, List<Integer> cols, int width) {
        if (count == null) {
            return;
        }
        List<Integer> vars = new ArrayList<>();
        for (int m = first; m <= last; m++) {
            for (int c : cols) {
                vars.add(m * width + c);
            }
        }
        attacker.learn(vars.stream().mapToInt(Integer::intValue).toArray());
    }
}
