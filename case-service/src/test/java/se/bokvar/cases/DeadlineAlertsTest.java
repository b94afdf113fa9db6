package se.bokvar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.cases.app.deadline.DeadlineScan;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/**
 * The deadline engine in the service: near and breached alerts as time passes (a controllable clock, no sleeping),
 * each announced exactly once, also with two replicas scanning at once and a crash between detection and commit.
 */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class DeadlineAlertsTest {

    @Inject
    TestClock clock;

    @Inject
    DeadlineScan scans;

    @Inject
    DeadlineService deadlines;

    @Inject
    Mutiny.SessionFactory sessionFactory;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Instant sthlm(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Stockholm")).toInstant();
    }

    void scan() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> scans.scanOnce());
    }

    static int alerts(String caseId, String deadline, String alert) {
        return Integer.parseInt(CaseApi.sql("select count(*) from deadline_alert where case_id = cast(? as uuid)"
                + " and deadline = ? and alert = ?", caseId, deadline, alert).get(0));
    }

    static int announced(String caseId, String deadline, String alert) {
        return Integer.parseInt(CaseApi.sql("select count(*) from outbox_event where event_type = ? and subject = ?"
                + " and payload->>'deadline' = ? and payload->>'alert' = ?", CaseEvents.DEADLINE_ALERT.type(), caseId,
                deadline, alert).get(0));
    }

    @Test
    void nearAndBreachedAreAnnouncedOnceEachAsTimePasses() throws Throwable {
        // served and received Tue 2026-12-01: the period ends Tue 2026-12-22; near from Sun 2026-12-20 (three days)
        clock.set(sthlm("2026-12-01T09:00"));
        TerminationNoticeReceivedV1 notice = TestEvents.termination(Place.fresh("41502", "11"), LocalDate.of(2026, 12, 1),
                sthlm("2026-12-01T08:00"), ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(notice);
        String caseId = caseIdOf(ANNA, notice.noticeId());

        clock.set(sthlm("2026-12-19T23:59:59"));
        scan();
        assertThat(alerts(caseId, "RECOVERY_PERIOD", "NEAR")).isZero();
        // the pre-assessment (opened 1 Dec, target 15 Dec) warns after its target: a guideline's warning
        assertThat(alerts(caseId, "PRE_ASSESSMENT", "NEAR")).isEqualTo(1);

        clock.set(sthlm("2026-12-20T00:00"));
        scan();
        scan();
        assertThat(alerts(caseId, "RECOVERY_PERIOD", "NEAR")).isEqualTo(1);
        assertThat(announced(caseId, "RECOVERY_PERIOD", "NEAR")).isEqualTo(1);

        clock.set(sthlm("2026-12-22T23:59:59"));
        scan();
        assertThat(alerts(caseId, "RECOVERY_PERIOD", "BREACHED")).isZero();
        assertThat(CaseApi.read(ANNA, caseId).getString("deadlines.recoveryPeriod.state")).isEqualTo("PENDING");

        clock.set(sthlm("2026-12-23T00:00"));
        scan();
        scan();
        assertThat(alerts(caseId, "RECOVERY_PERIOD", "BREACHED")).isEqualTo(1);
        assertThat(announced(caseId, "RECOVERY_PERIOD", "BREACHED")).isEqualTo(1);
        JsonPath c = CaseApi.read(ANNA, caseId);
        assertThat(c.getString("deadlines.recoveryPeriod.state")).isEqualTo("BREACHED");
        assertThat(c.getString("deadlines.all.find { it.kind == 'RECOVERY_PERIOD' }.state")).isEqualTo("BREACHED");

        List<JsonNode> published = CaseApi.published(CaseEvents.DEADLINE_ALERT, caseId, 3);
        assertThat(published).anySatisfy(e -> {
            assertThat(e.path("deadline").asText()).isEqualTo("RECOVERY_PERIOD");
            assertThat(e.path("alert").asText()).isEqualTo("BREACHED");
            assertThat(e.path("dueOn").asText()).isEqualTo("2026-12-22");
            assertThat(e.path("board").asText()).isEqualTo("nordost");
            assertThat(e.path("unit").asText()).as("the case's unit, for the desk's alert e-mails").isEqualTo("adult");
        });
    }

    @Test
    void twoReplicasAndACrashBeforeTheCommitStillAnnounceABreachExactlyOnce() throws Throwable {
        // served and received Mon 2026-11-02: the period ends Mon 2026-11-23
        clock.set(sthlm("2026-11-02T09:00"));
        TerminationNoticeReceivedV1 notice = TestEvents.termination(Place.fresh("41502", "12"), LocalDate.of(2026, 11, 2),
                sthlm("2026-11-02T08:00"), ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(notice);
        UUID caseId = UUID.fromString(caseIdOf(ANNA, notice.noticeId()));
        clock.set(sthlm("2026-11-24T09:00"));

        // a replica detects the breach, writes the alert and the outbox row ... and dies before the commit
        VertxContextSupport.subscribeAndAwait(() -> sessionFactory.withTransaction((session, tx) -> session
                .find(HouseholdCase.class, caseId).flatMap(c -> deadlines.refresh(session, c))
                .invoke(tx::markForRollback)));
        assertThat(alerts(caseId.toString(), "RECOVERY_PERIOD", "BREACHED")).isZero();
        assertThat(announced(caseId.toString(), "RECOVERY_PERIOD", "BREACHED")).isZero();

        // after the restart two replicas scan at the same moment, and two more recompute the case without its lock
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> replicas = List.of(
                replica(start, () -> VertxContextSupport.subscribeAndAwait(() -> scans.scanOnce())),
                replica(start, () -> VertxContextSupport.subscribeAndAwait(() -> scans.scanOnce())),
                replica(start, () -> VertxContextSupport.subscribeAndAwait(() -> sessionFactory.withTransaction(
                        (session, tx) -> session.find(HouseholdCase.class, caseId).flatMap(c -> deadlines.refresh(session, c))))),
                replica(start, () -> VertxContextSupport.subscribeAndAwait(() -> sessionFactory.withTransaction(
                        (session, tx) -> session.find(HouseholdCase.class, caseId).flatMap(c -> deadlines.refresh(session, c))))));
        start.countDown();
        for (CompletableFuture<Void> r : replicas) {
            r.get(60, TimeUnit.SECONDS);
        }
        assertThat(alerts(caseId.toString(), "RECOVERY_PERIOD", "BREACHED")).isEqualTo(1);
        assertThat(announced(caseId.toString(), "RECOVERY_PERIOD", "BREACHED")).isEqualTo(1);
        // a replica that selected the case before the other committed gets its lock afterwards and recomputes the
        // deadlines from the stored facts: the breach is still due, and only the alert table's uniqueness stops a
        // second announcement (as for every later recomputation, after a step or a notice)
        for (int i = 0; i < 2; i++) {
            VertxContextSupport.subscribeAndAwait(() -> sessionFactory.withTransaction((session, tx) -> session
                    .find(HouseholdCase.class, caseId, org.hibernate.LockMode.PESSIMISTIC_WRITE)
                    .flatMap(c -> deadlines.refresh(session, c))));
        }
        scan();
        assertThat(announced(caseId.toString(), "RECOVERY_PERIOD", "BREACHED")).isEqualTo(1);
    }

    interface Work {
        void run() throws Throwable;
    }

    /** Runs {@code work} on its own thread once {@code start} opens; a replica losing a race may fail, harmlessly. */
    static CompletableFuture<Void> replica(CountDownLatch start, Work work) {
        return CompletableFuture.runAsync(() -> {
            try {
                start.await();
                work.run();
            } catch (Throwable ignored) {
                // an optimistic-lock failure of the loser is expected: it rolls back, the winner's alert stands
            }
        });
    }
}
