package se.bokvar.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.caseIdOf;
import static se.bokvar.cases.DeadlineAlertsTest.sthlm;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.cases.app.deadline.DeadlineMetrics;
import se.bokvar.cases.app.deadline.DeadlineScan;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/**
 * The deadline engine's business metrics at /q/metrics: {@code bokvar_deadlines_near_total} and
 * {@code bokvar_deadlines_breached_total}, tagged by the deadline's kind only, counting each announced (committed)
 * alert once: not an alert whose transaction rolled back, not again when a later scan finds it already announced.
 */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class DeadlineMetricsTest {

    static final Pattern SAMPLE = Pattern.compile("^(bokvar_deadlines_(?:near|breached)_total)(\\{[^}]*})\\s+(\\S+)$");

    @Inject
    TestClock clock;

    @Inject
    DeadlineScan scans;

    @Inject
    DeadlineService deadlines;

    @Inject
    DeadlineMetrics metrics;

    @Inject
    Mutiny.SessionFactory sessionFactory;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String metricsText() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The counter's value for one deadline kind. */
    static double value(String metric, String deadline) {
        for (String line : metricsText().lines().toList()) {
            Matcher m = SAMPLE.matcher(line);
            if (m.matches() && m.group(1).equals(metric) && m.group(2).equals("{deadline=\"" + deadline + "\"}")) {
                return Double.parseDouble(m.group(3));
            }
        }
        throw new AssertionError(metric + " for " + deadline + " is not at /q/metrics");
    }

    /** Alerts of a kind committed in the alert table, all cases. */
    static int rows(String deadline, String alert) {
        return Integer.parseInt(CaseApi.sql("select count(*) from deadline_alert where deadline = ? and alert = ?",
                deadline, alert).get(0));
    }

    void confirm() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> metrics.confirm());
    }

    /** Waits until the counter moved by exactly as many alerts as the table gained since the baseline. */
    static void awaitCounted(String metric, String deadline, String alert, double counterBefore, int rowsBefore) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(value(metric, deadline) - counterBefore).isEqualTo((double) (rows(deadline, alert) - rowsBefore)));
    }

    @Test
    void everyKindIsExposedWithTheDeadlineAsItsOnlyLabel() {
        String text = metricsText();
        for (String kind : List.of("RECOVERY_PERIOD", "PRE_ASSESSMENT", "KFM_ACKNOWLEDGEMENT", "EVICTION")) {
            value("bokvar_deadlines_near_total", kind);
            value("bokvar_deadlines_breached_total", kind);
        }
        List<String> labels = text.lines().map(SAMPLE::matcher).filter(Matcher::matches).map(m -> m.group(2)).toList();
        assertThat(labels).hasSize(8).allMatch(l -> l.matches("\\{deadline=\"[A-Z_]+\"}"));
    }

    @Test
    void eachAnnouncedNearAndBreachIsCountedOnceAndARolledBackOneNever() throws Throwable {
        // served and received Mon 2026-11-02: the period ends Mon 2026-11-23, near from Sat 2026-11-21 (three days
        // before the end of the act-by day)
        clock.set(sthlm("2026-11-02T09:00"));
        TerminationNoticeReceivedV1 notice = TestEvents.termination(Place.fresh("41502", "81"), LocalDate.of(2026, 11, 2),
                sthlm("2026-11-02T08:00"), ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(notice);
        UUID caseId = UUID.fromString(caseIdOf(ANNA, notice.noticeId()));
        confirm();
        double nearBefore = value("bokvar_deadlines_near_total", "RECOVERY_PERIOD");
        int nearRowsBefore = rows("RECOVERY_PERIOD", "NEAR");
        double breachedBefore = value("bokvar_deadlines_breached_total", "RECOVERY_PERIOD");
        int breachedRowsBefore = rows("RECOVERY_PERIOD", "BREACHED");

        clock.set(sthlm("2026-11-21T09:00"));
        VertxContextSupport.subscribeAndAwait(() -> scans.scanOnce());
        VertxContextSupport.subscribeAndAwait(() -> scans.scanOnce());
        assertThat(DeadlineAlertsTest.alerts(caseId.toString(), "RECOVERY_PERIOD", "NEAR")).isEqualTo(1);
        awaitCounted("bokvar_deadlines_near_total", "RECOVERY_PERIOD", "NEAR", nearBefore, nearRowsBefore);
        assertThat(value("bokvar_deadlines_near_total", "RECOVERY_PERIOD")).isGreaterThanOrEqualTo(nearBefore + 1);

        // a replica detects the breach and appends its event, but the transaction rolls back: nothing announced
        clock.set(sthlm("2026-11-24T09:00"));
        VertxContextSupport.subscribeAndAwait(() -> sessionFactory.withTransaction((session, tx) -> session
                .find(HouseholdCase.class, caseId).flatMap(c -> deadlines.refresh(session, c))
                .invoke(tx::markForRollback)));
        confirm();
        assertThat(DeadlineAlertsTest.alerts(caseId.toString(), "RECOVERY_PERIOD", "BREACHED")).isZero();
        awaitCounted("bokvar_deadlines_breached_total", "RECOVERY_PERIOD", "BREACHED", breachedBefore, breachedRowsBefore);

        // the next scans announce it, once, and it is counted once
        VertxContextSupport.subscribeAndAwait(() -> scans.scanOnce());
        VertxContextSupport.subscribeAndAwait(() -> scans.scanOnce());
        assertThat(DeadlineAlertsTest.announced(caseId.toString(), "RECOVERY_PERIOD", "BREACHED")).isEqualTo(1);
        awaitCounted("bokvar_deadlines_breached_total", "RECOVERY_PERIOD", "BREACHED", breachedBefore, breachedRowsBefore);
        assertThat(value("bokvar_deadlines_breached_total", "RECOVERY_PERIOD")).isGreaterThanOrEqualTo(breachedBefore + 1);

        // later recomputations find it announced: the counter stays
        double after = value("bokvar_deadlines_breached_total", "RECOVERY_PERIOD");
        int rowsAfter = rows("RECOVERY_PERIOD", "BREACHED");
        VertxContextSupport.subscribeAndAwait(() -> sessionFactory.withTransaction((session, tx) -> session
                .find(HouseholdCase.class, caseId, org.hibernate.LockMode.PESSIMISTIC_WRITE)
                .flatMap(c -> deadlines.refresh(session, c))));
        confirm();
        awaitCounted("bokvar_deadlines_breached_total", "RECOVERY_PERIOD", "BREACHED", after, rowsAfter);
    }
}
