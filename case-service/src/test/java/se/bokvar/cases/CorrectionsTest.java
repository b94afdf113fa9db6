package se.bokvar.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.cases.CaseApi.ANNA;
import static se.bokvar.cases.CaseApi.caseIdOf;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import se.bokvar.cases.TestEvents.Place;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.NoticeCorrectedV1;
import se.bokvar.contracts.v1.ServedDateUpdatedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;

/** Corrections, served-date updates and withdrawals update the case with history; they may arrive out of order. */
@QuarkusTest
@TestProfile(CaseTestProfile.class)
class CorrectionsTest {

    static JsonPath awaitRevision(String caseId, int revision) {
        return CaseApi.awaitCase(ANNA, caseId, c -> c.getInt("notices.find { it.kind == 'TERMINATION_UNPAID_RENT' }.revision") == revision);
    }

    @Test
    void aCorrectedTerminationRestartsTheRecoveryPeriodButTheActByDateStaysTheEarliest() {
        // served and received Wed 2025-12-03: last day Mon 2025-12-29
        TerminationNoticeReceivedV1 original = TestEvents.termination(Place.fresh("41502", "2"), LocalDate.of(2025, 12, 3),
                Instant.parse("2025-12-03T09:00:00Z"), ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(original);
        String caseId = caseIdOf(ANNA, original.noticeId());
        // corrected debt, received Wed 2025-12-10: counted again from then, last day Fri 2026-01-02
        NoticeCorrectedV1 correction = TestEvents.correction(TestEvents.withDebt(original, "9999", LocalDate.of(2025, 12, 3)),
                Instant.parse("2025-12-10T10:00:00Z"));
        TestEvents.publish(correction);
        JsonPath c = awaitRevision(caseId, 2);
        assertThat(c.getString("deadlines.recoveryPeriod.countedFrom")).isEqualTo("2025-12-10");
        assertThat(c.getString("deadlines.recoveryPeriod.lastDay")).isEqualTo("2026-01-02");
        assertThat(c.getString("deadlines.recoveryPeriod.actBy")).isEqualTo("2025-12-29");
        assertThat(c.getString("notices[0].debtAmount")).isEqualTo("9999.0");
        // history: both versions are kept
        assertThat(CaseApi.sql("select change from case_notice_revision where notice_id = ? order by revision",
                original.noticeId())).containsExactly("ORIGINAL", "CORRECTION");
        // intake hears of the correction too
        assertThat(CaseApi.published(CaseEvents.NOTICE_REGISTERED, correction.correctionId().toString(), 1)).hasSize(1);
        // a redelivered correction (same correction id, new event id) changes nothing
        TestEvents.publish(correction);
        TestEvents.publish(TestEvents.servedDate(original, LocalDate.of(2025, 12, 3), Instant.parse("2025-12-11T10:00:00Z")));
        assertThat(awaitRevision(caseId, 3).getString("deadlines.recoveryPeriod.lastDay")).isEqualTo("2026-01-02");
    }

    @Test
    void theServedDateSetsTheStartOfAProvisionalPeriod() {
        // received Fri 2026-03-13, served date unknown: provisional, counted from the receipt: Tue 2026-04-07
        TerminationNoticeReceivedV1 notice = TestEvents.termination(Place.fresh("41502", "3"), null,
                Instant.parse("2026-03-13T09:00:00Z"), ChildrenKnownV1.NO, Pins.next());
        TestEvents.publish(notice);
        String caseId = caseIdOf(ANNA, notice.noticeId());
        JsonPath c = CaseApi.read(ANNA, caseId);
        assertThat(c.getBoolean("deadlines.recoveryPeriod.provisional")).isTrue();
        assertThat(c.getString("deadlines.recoveryPeriod.lastDay")).isEqualTo("2026-04-07");
        // served Fri 2026-03-20: counted from then, Fri 2026-04-10; not a correction, but the act-by date the
        // caseworker was given stays the earliest
        TestEvents.publish(TestEvents.servedDate(notice, LocalDate.of(2026, 3, 20), Instant.parse("2026-03-21T09:00:00Z")));
        c = awaitRevision(caseId, 2);
        assertThat(c.getBoolean("deadlines.recoveryPeriod.provisional")).isFalse();
        assertThat(c.getString("deadlines.recoveryPeriod.countedFrom")).isEqualTo("2026-03-20");
        assertThat(c.getString("deadlines.recoveryPeriod.lastDay")).isEqualTo("2026-04-10");
        assertThat(c.getString("deadlines.recoveryPeriod.actBy")).isEqualTo("2026-04-07");
        assertThat(c.getString("notices[0].servedOn")).isEqualTo("2026-03-20");
    }

    @Test
    void aWithdrawalKeepsTheNoticeWithItsHistoryAndEndsItsDeadline() {
        Place place = Place.fresh("41502", "4");
        String pin = Pins.next();
        EarlyWarningReceivedV1 warning = TestEvents.earlyWarning(place, Instant.now().minusSeconds(7200), ChildrenKnownV1.NO, pin);
        TestEvents.publish(warning);
        TerminationNoticeReceivedV1 termination = TestEvents.termination(place, LocalDate.now(), Instant.now(),
                ChildrenKnownV1.NO, pin);
        TestEvents.publish(termination);
        String caseId = caseIdOf(ANNA, termination.noticeId());
        assertThat(CaseApi.read(ANNA, caseId).getString("escalation")).isEqualTo("TERMINATION_UNPAID_RENT");
        TestEvents.publish(TestEvents.withdrawal(termination.noticeId(), place.keys(), "DEBT_PAID", Instant.now()));
        JsonPath c = awaitRevision(caseId, 2);
        assertThat(c.getString("notices.find { it.kind == 'TERMINATION_UNPAID_RENT' }.status")).isEqualTo("WITHDRAWN");
        assertThat(c.getString("escalation")).isEqualTo("EARLY_WARNING");
        assertThat(c.getString("deadlines.all.find { it.kind == 'RECOVERY_PERIOD' }.state")).isEqualTo("NOT_APPLICABLE");
        assertThat(CaseApi.sql("select change from case_notice_revision where notice_id = ? order by revision",
                termination.noticeId())).containsExactly("ORIGINAL", "WITHDRAWAL");
    }

    @Test
    void aCorrectionThatOvertakesItsOriginalIsParkedAndAppliedWhenTheOriginalComes() {
        TerminationNoticeReceivedV1 original = TestEvents.termination(Place.fresh("41502", "5"), LocalDate.of(2025, 12, 3),
                Instant.parse("2025-12-03T09:00:00Z"), ChildrenKnownV1.NO, Pins.next());
        NoticeCorrectedV1 correction = TestEvents.correction(TestEvents.withDebt(original, "1234", LocalDate.of(2025, 12, 3)),
                Instant.parse("2025-12-10T10:00:00Z"));
        ServedDateUpdatedV1 served = TestEvents.servedDate(original, LocalDate.of(2025, 12, 4), Instant.parse("2025-12-11T10:00:00Z"));
        // the served-date update and the correction come first (from another partition or replica)
        TestEvents.publish(served);
        TestEvents.publish(correction);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> CaseApi.sql(
                "select count(*) from parked_event where awaits = ?", original.noticeId().toString()).get(0).equals("2"));
        TestEvents.publish(original);
        String caseId = caseIdOf(ANNA, original.noticeId());
        JsonPath c = CaseApi.read(ANNA, caseId);
        // applied in the order their senders received them: the correction (10th), then the served date (11th)
        assertThat(c.getInt("notices[0].revision")).isEqualTo(3);
        assertThat(c.getString("notices[0].debtAmount")).isEqualTo("1234.0");
        assertThat(c.getString("notices[0].servedOn")).isEqualTo("2025-12-04");
        assertThat(c.getString("deadlines.recoveryPeriod.countedFrom")).isEqualTo("2025-12-10");
        assertThat(c.getString("deadlines.recoveryPeriod.actBy")).isEqualTo("2025-12-29");
        assertThat(CaseApi.sql("select change from case_notice_revision where notice_id = ? order by revision",
                original.noticeId())).containsExactly("ORIGINAL", "CORRECTION", "SERVED_DATE");
        assertThat(CaseApi.sql("select count(*) from parked_event where awaits = ?", original.noticeId().toString()))
                .containsExactly("0");
    }
}
