package se.bokvar.rules.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.bokvar.rules.deadline.DeadlineEngine.Alert;
import se.bokvar.rules.deadline.DeadlineEngine.AlertDue;
import se.bokvar.rules.deadline.DeadlineEngine.Deadline;
import se.bokvar.rules.deadline.DeadlineEngine.Eviction;
import se.bokvar.rules.deadline.DeadlineEngine.Facts;
import se.bokvar.rules.deadline.DeadlineEngine.Kind;
import se.bokvar.rules.deadline.DeadlineEngine.LeadTimes;
import se.bokvar.rules.deadline.DeadlineEngine.PeriodBasis;
import se.bokvar.rules.deadline.DeadlineEngine.Termination;

class DeadlineEngineTest {

    static final ZoneId STHLM = ZoneId.of("Europe/Stockholm");
    static final DeadlineEngine ENGINE = new DeadlineEngine(
            new LeadTimes(Duration.ofDays(3), Duration.ofHours(4), Duration.ofDays(2)));

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(STHLM).toInstant();
    }

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    static Facts facts(LocalDate opened, List<Termination> terminations, LocalDate commitment, List<Eviction> evictions,
            Instant closedAt) {
        return new Facts(opened, List.of(), null, terminations, commitment, evictions, closedAt);
    }

    static Termination termination(PeriodBasis... versions) {
        return new Termination("notice-1", List.of(versions), null);
    }

    static PeriodBasis rental(String served, String received) {
        return new PeriodBasis(TenureKind.RENTAL, served == null ? null : d(served), d(received));
    }

    static Deadline only(List<Deadline> deadlines, Kind kind) {
        List<Deadline> of = deadlines.stream().filter(x -> x.kind() == kind).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    @Nested
    class RecoveryPeriods {

        @Test
        void theBriefsFirstVectorWithItsNearAndBreachedAlerts() {
            Facts f = facts(d("2025-12-03"), List.of(termination(rental("2025-12-03", "2025-12-03"))), null, List.of(), null);
            Deadline r = only(ENGINE.compute(f, at("2025-12-10T12:00")), Kind.RECOVERY_PERIOD);
            assertThat(r.ref()).isEqualTo("notice-1");
            assertThat(r.dueOn()).isEqualTo(d("2025-12-29"));
            assertThat(r.actBy()).isEqualTo(d("2025-12-29"));
            assertThat(r.nearOn()).isEqualTo(d("2025-12-29"));
            assertThat(r.recoveryPeriod().nominalEnd()).isEqualTo(d("2025-12-24"));
            assertThat(r.preAssessment()).isNull();
            assertThat(r.state()).isEqualTo(DeadlineState.PENDING);
            assertThat(r.endsAt()).isEqualTo(at("2025-12-30T00:00"));
            assertThat(r.urgentAt()).isEqualTo(at("2025-12-30T00:00"));
            assertThat(r.nearAt()).isEqualTo(at("2025-12-27T00:00"));
            assertThat(r.alertsDue(at("2025-12-26T23:59:59.999"))).isEmpty();
            assertThat(r.nextCheck(at("2025-12-10T12:00"))).contains(at("2025-12-27T00:00"));
            assertThat(r.alertsDue(at("2025-12-27T00:00")))
                    .containsExactly(new AlertDue(Kind.RECOVERY_PERIOD, "notice-1", Alert.NEAR, d("2025-12-29")));
            assertThat(r.nextCheck(at("2025-12-27T00:00"))).contains(at("2025-12-30T00:00"));
            assertThat(r.open()).isTrue();

            Deadline late = only(ENGINE.compute(f, at("2025-12-30T00:00")), Kind.RECOVERY_PERIOD);
            assertThat(late.state()).isEqualTo(DeadlineState.BREACHED);
            assertThat(late.alertsDue(at("2025-12-30T00:00")))
                    .containsExactly(new AlertDue(Kind.RECOVERY_PERIOD, "notice-1", Alert.BREACHED, d("2025-12-29")));
            assertThat(late.nextCheck(at("2025-12-30T00:00"))).isEmpty();
            assertThat(late.open()).isFalse();
            assertThat(only(ENGINE.compute(f, at("2025-12-29T23:59:59")), Kind.RECOVERY_PERIOD).state())
                    .isEqualTo(DeadlineState.PENDING);
        }

        @Test
        void aCorrectionRestartsThePeriodButTheActByDateStaysTheEarliest() {
            Facts f = facts(d("2025-12-03"), List.of(termination(rental("2025-12-03", "2025-12-03"),
                    rental("2025-12-03", "2025-12-10"))), null, List.of(), null);
            Deadline r = only(ENGINE.compute(f, at("2025-12-11T09:00")), Kind.RECOVERY_PERIOD);
            assertThat(r.dueOn()).isEqualTo(d("2026-01-02"));
            assertThat(r.recoveryPeriod().start()).isEqualTo(d("2025-12-10"));
            assertThat(r.actBy()).isEqualTo(d("2025-12-29"));
            assertThat(r.urgentAt()).isEqualTo(at("2025-12-30T00:00"));
            assertThat(r.nearAt()).isEqualTo(at("2025-12-27T00:00"));
            // between the act-by day and the legal last day: still pending, legally
            assertThat(only(ENGINE.compute(f, at("2025-12-31T09:00")), Kind.RECOVERY_PERIOD).state())
                    .isEqualTo(DeadlineState.PENDING);
            // a correction that gives an earlier day moves the act-by date earlier
            Facts earlier = facts(d("2025-12-03"), List.of(termination(rental("2025-12-10", "2025-12-03"),
                    rental("2025-12-03", "2025-12-03"))), null, List.of(), null);
            Deadline e = only(ENGINE.compute(earlier, at("2025-12-04T09:00")), Kind.RECOVERY_PERIOD);
            assertThat(e.actBy()).isEqualTo(d("2025-12-29"));
            assertThat(e.dueOn()).isEqualTo(d("2025-12-29"));
        }

        @Test
        void aProvisionalPeriodCountsFromTheReceiptUntilTheServedDateIsKnown() {
            Facts provisional = facts(d("2026-03-13"), List.of(termination(rental(null, "2026-03-13"))), null, List.of(), null);
            Deadline p = only(ENGINE.compute(provisional, at("2026-03-14T09:00")), Kind.RECOVERY_PERIOD);
            assertThat(p.recoveryPeriod().provisional()).isTrue();
            assertThat(p.dueOn()).isEqualTo(d("2026-04-07"));
            Facts known = facts(d("2026-03-13"), List.of(termination(rental(null, "2026-03-13"),
                    rental("2026-03-20", "2026-03-13"))), null, List.of(), null);
            Deadline k = only(ENGINE.compute(known, at("2026-03-21T09:00")), Kind.RECOVERY_PERIOD);
            assertThat(k.recoveryPeriod().provisional()).isFalse();
            assertThat(k.dueOn()).isEqualTo(d("2026-04-10"));
            assertThat(k.actBy()).isEqualTo(d("2026-04-07"));
        }

        @Test
        void aWithdrawnTerminationNoLongerApplies() {
            Termination t = new Termination("n", List.of(rental("2025-12-03", "2025-12-03")), d("2025-12-05"));
            Deadline r = only(ENGINE.compute(facts(d("2025-12-03"), List.of(t), null, List.of(), null),
                    at("2026-02-01T09:00")), Kind.RECOVERY_PERIOD);
            assertThat(r.state()).isEqualTo(DeadlineState.NOT_APPLICABLE);
            assertThat(r.alertsDue(at("2026-02-01T09:00"))).isEmpty();
            assertThat(r.nextCheck(at("2026-02-01T09:00"))).isEmpty();
            assertThat(r.open()).isFalse();
        }

        @Test
        void thePaymentCommitmentMeetsItOnTimeAndIsABreachWhenLate() {
            List<Termination> t = List.of(termination(rental("2025-12-03", "2025-12-03")));
            assertThat(only(ENGINE.compute(facts(d("2025-12-03"), t, d("2025-12-29"), List.of(), null),
                    at("2026-01-10T09:00")), Kind.RECOVERY_PERIOD).state()).isEqualTo(DeadlineState.MET);
            Deadline late = only(ENGINE.compute(facts(d("2025-12-03"), t, d("2025-12-30"), List.of(), null),
                    at("2025-12-30T09:00")), Kind.RECOVERY_PERIOD);
            assertThat(late.state()).isEqualTo(DeadlineState.BREACHED);
            assertThat(late.alertsDue(at("2025-12-30T09:00"))).extracting(AlertDue::alert).containsExactly(Alert.BREACHED);
        }

        @Test
        void closingTheCaseEndsTheWatchUnlessThePeriodHadAlreadyPassed() {
            List<Termination> t = List.of(termination(rental("2025-12-03", "2025-12-03")));
            assertThat(only(ENGINE.compute(facts(d("2025-12-03"), t, null, List.of(), at("2025-12-29T16:00")),
                    at("2026-01-10T09:00")), Kind.RECOVERY_PERIOD).state()).isEqualTo(DeadlineState.NOT_APPLICABLE);
            assertThat(only(ENGINE.compute(facts(d("2025-12-03"), t, null, List.of(), at("2025-12-30T00:00")),
                    at("2026-01-10T09:00")), Kind.RECOVERY_PERIOD).state()).isEqualTo(DeadlineState.BREACHED);
        }

        @Test
        void tenantOwnedPremisesHaveTwoWeeks() {
            Termination t = new Termination("n", List.of(new PeriodBasis(TenureKind.TENANT_OWNED_PREMISES,
                    d("2026-03-02"), d("2026-03-02"))), null);
            assertThat(only(ENGINE.compute(facts(d("2026-03-02"), List.of(t), null, List.of(), null),
                    at("2026-03-02T09:00")), Kind.RECOVERY_PERIOD).dueOn()).isEqualTo(d("2026-03-16"));
        }
    }

    @Nested
    class PreAssessments {

        static final LocalDate OPENED = LocalDate.of(2026, 1, 5);

        Deadline pre(Facts f, Instant now) {
            return only(ENGINE.compute(f, now), Kind.PRE_ASSESSMENT);
        }

        @Test
        void warnsAfterTheTargetAndIsBreachedAfterTheLimit() {
            Facts f = facts(OPENED, List.of(), null, List.of(), null);
            Deadline p = pre(f, at("2026-01-19T23:00"));
            assertThat(p.ref()).isEqualTo("case");
            assertThat(p.dueOn()).isEqualTo(d("2026-02-02"));
            assertThat(p.nearOn()).isEqualTo(d("2026-01-19"));
            assertThat(p.nearAt()).isEqualTo(at("2026-01-20T00:00"));
            assertThat(p.endsAt()).isEqualTo(at("2026-02-03T00:00"));
            assertThat(p.urgentAt()).isEqualTo(at("2026-02-03T00:00"));
            assertThat(p.actBy()).isNull();
            assertThat(p.recoveryPeriod()).isNull();
            assertThat(p.preAssessment().target()).isEqualTo(d("2026-01-19"));
            assertThat(p.alertsDue(at("2026-01-19T23:00"))).isEmpty();
            assertThat(p.alertsDue(at("2026-01-20T00:00")))
                    .containsExactly(new AlertDue(Kind.PRE_ASSESSMENT, "case", Alert.NEAR, d("2026-01-19")));
            Deadline breached = pre(f, at("2026-02-03T00:00"));
            assertThat(breached.state()).isEqualTo(DeadlineState.BREACHED);
            assertThat(breached.alertsDue(at("2026-02-03T00:00")))
                    .containsExactly(new AlertDue(Kind.PRE_ASSESSMENT, "case", Alert.BREACHED, d("2026-02-02")));
        }

        @Test
        void anExtensionWithAReasonMovesTheLimit() {
            Facts f = new Facts(OPENED, List.of(new PreAssessment.Extension(d("2026-02-16"), "waiting for the recovery period")),
                    null, List.of(), null, List.of(), null);
            Deadline p = pre(f, at("2026-02-05T09:00"));
            assertThat(p.state()).isEqualTo(DeadlineState.PENDING);
            assertThat(p.dueOn()).isEqualTo(d("2026-02-16"));
            assertThat(p.preAssessment().extensionReason()).contains("waiting for the recovery period");
            assertThat(p.alertsDue(at("2026-02-05T09:00"))).extracting(AlertDue::dueOn).containsExactly(d("2026-01-19"));
        }

        @Test
        void endsWhenTheInvestigationOpensOrTheCaseCloses() {
            assertThat(pre(new Facts(OPENED, List.of(), d("2026-02-02"), List.of(), null, List.of(), null),
                    at("2026-03-01T09:00")).state()).isEqualTo(DeadlineState.MET);
            assertThat(pre(new Facts(OPENED, List.of(), d("2026-02-03"), List.of(), null, List.of(), null),
                    at("2026-03-01T09:00")).state()).isEqualTo(DeadlineState.BREACHED);
            assertThat(pre(facts(OPENED, List.of(), null, List.of(), at("2026-01-10T10:00")),
                    at("2026-03-01T09:00")).state()).isEqualTo(DeadlineState.MET);
            assertThat(pre(facts(OPENED, List.of(), null, List.of(), at("2026-02-10T10:00")),
                    at("2026-03-01T09:00")).state()).isEqualTo(DeadlineState.BREACHED);
            // the investigation date wins over a later closing
            assertThat(pre(new Facts(OPENED, List.of(), d("2026-01-20"), List.of(), null, List.of(), at("2026-03-01T10:00")),
                    at("2026-03-02T09:00")).state()).isEqualTo(DeadlineState.MET);
        }
    }

    @Nested
    class Kronofogden {

        static Eviction eviction(Instant received, Instant evictionAt, boolean cancelled, Instant ack, boolean overdue,
                Instant attended) {
            return new Eviction("KFM-1", received, evictionAt, cancelled, ack, overdue, attended);
        }

        static final Instant RECEIVED = at("2026-03-10T14:00");
        static final Instant EVICTION = at("2026-03-17T09:00");

        List<Deadline> compute(Eviction e, Instant closedAt, Instant now) {
            return ENGINE.compute(facts(d("2026-03-10"), List.of(), null, List.of(e), closedAt), now);
        }

        @Test
        void theAcknowledgementIsDueTheSameStockholmDay() {
            Deadline a = only(compute(eviction(RECEIVED, EVICTION, false, null, false, null), null, at("2026-03-10T15:00")),
                    Kind.KFM_ACKNOWLEDGEMENT);
            assertThat(a.ref()).isEqualTo("KFM-1");
            assertThat(a.dueOn()).isEqualTo(d("2026-03-10"));
            assertThat(a.nearOn()).isEqualTo(d("2026-03-10"));
            assertThat(a.endsAt()).isEqualTo(at("2026-03-11T00:00"));
            assertThat(a.urgentAt()).isEqualTo(at("2026-03-11T00:00"));
            assertThat(a.nearAt()).isEqualTo(at("2026-03-10T20:00"));
            assertThat(a.actBy()).isNull();
            assertThat(a.state()).isEqualTo(DeadlineState.PENDING);
            assertThat(a.alertsDue(at("2026-03-10T19:59"))).isEmpty();
            assertThat(a.alertsDue(at("2026-03-10T20:00"))).extracting(AlertDue::alert).containsExactly(Alert.NEAR);
            assertThat(only(compute(eviction(RECEIVED, EVICTION, false, null, false, null), null, at("2026-03-11T00:00")),
                    Kind.KFM_ACKNOWLEDGEMENT).state()).isEqualTo(DeadlineState.BREACHED);
            assertThat(only(compute(eviction(RECEIVED, EVICTION, false, null, false, null), null, at("2026-03-10T23:59:59")),
                    Kind.KFM_ACKNOWLEDGEMENT).state()).isEqualTo(DeadlineState.PENDING);
        }

        @Test
        void confirmedThatDayIsMetLaterOrOverdueIsBreached() {
            Instant now = at("2026-03-12T09:00");
            assertThat(only(compute(eviction(RECEIVED, EVICTION, false, at("2026-03-10T23:59:59"), false, null), null, now),
                    Kind.KFM_ACKNOWLEDGEMENT).state()).isEqualTo(DeadlineState.MET);
            assertThat(only(compute(eviction(RECEIVED, EVICTION, false, at("2026-03-11T00:00"), false, null), null, now),
                    Kind.KFM_ACKNOWLEDGEMENT).state()).isEqualTo(DeadlineState.BREACHED);
            assertThat(only(compute(eviction(RECEIVED, EVICTION, false, null, true, null), null, at("2026-03-10T18:00")),
                    Kind.KFM_ACKNOWLEDGEMENT).state()).isEqualTo(DeadlineState.BREACHED);
            assertThat(only(compute(eviction(RECEIVED, EVICTION, false, at("2026-03-10T18:00"), true, null), null, now),
                    Kind.KFM_ACKNOWLEDGEMENT).state()).isEqualTo(DeadlineState.MET);
            assertThat(only(compute(eviction(RECEIVED, EVICTION, false, null, false, null), at("2026-03-10T16:00"), now),
                    Kind.KFM_ACKNOWLEDGEMENT).state()).isEqualTo(DeadlineState.NOT_APPLICABLE);
        }

        @Test
        void theDayEndsAtStockholmMidnightAlsoWhenTheClocksChange() {
            Instant received = at("2026-03-29T10:00"); // summer time starts that night
            Deadline a = only(compute(eviction(received, null, false, null, false, null), null, received),
                    Kind.KFM_ACKNOWLEDGEMENT);
            assertThat(a.endsAt()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
            assertThat(DeadlineEngine.endOf(d("2026-10-25"))).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
            // no eviction date yet: only the acknowledgement
            assertThat(compute(eviction(received, null, false, null, false, null), null, received))
                    .extracting(Deadline::kind).containsExactly(Kind.PRE_ASSESSMENT, Kind.KFM_ACKNOWLEDGEMENT);
        }

        @Test
        void attendanceByTheEndOfTheEvictionDayMeetsTheEvictionDeadline() {
            Deadline e = only(compute(eviction(RECEIVED, EVICTION, false, null, false, null), null, at("2026-03-12T09:00")),
                    Kind.EVICTION);
            assertThat(e.dueOn()).isEqualTo(d("2026-03-17"));
            assertThat(e.nearOn()).isEqualTo(d("2026-03-17"));
            assertThat(e.endsAt()).isEqualTo(at("2026-03-18T00:00"));
            assertThat(e.urgentAt()).isEqualTo(EVICTION);
            assertThat(e.nearAt()).isEqualTo(at("2026-03-15T09:00"));
            assertThat(e.state()).isEqualTo(DeadlineState.PENDING);
            Instant after = at("2026-03-19T09:00");
            assertThat(only(compute(eviction(RECEIVED, EVICTION, false, null, false, at("2026-03-17T23:59")), null, after),
                    Kind.EVICTION).state()).isEqualTo(DeadlineState.MET);
            assertThat(only(compute(eviction(RECEIVED, EVICTION, false, null, false, at("2026-03-18T00:00")), null, after),
                    Kind.EVICTION).state()).isEqualTo(DeadlineState.BREACHED);
            assertThat(only(compute(eviction(RECEIVED, EVICTION, false, null, false, null), null, after),
                    Kind.EVICTION).state()).isEqualTo(DeadlineState.BREACHED);
            assertThat(only(compute(eviction(RECEIVED, EVICTION, true, null, false, null), null, after),
                    Kind.EVICTION).state()).isEqualTo(DeadlineState.NOT_APPLICABLE);
            assertThat(only(compute(eviction(RECEIVED, EVICTION, false, null, false, null), at("2026-03-16T10:00"), after),
                    Kind.EVICTION).state()).isEqualTo(DeadlineState.NOT_APPLICABLE);
        }
    }

    @Test
    void theMostUrgentOpenDeadlineOrdersTheInbox() {
        Eviction e = new Eviction("KFM-1", at("2026-03-10T14:00"), at("2026-03-17T09:00"), false,
                at("2026-03-10T15:00"), false, null);
        Facts f = facts(d("2026-03-01"), List.of(termination(rental("2026-03-02", "2026-03-02"))), null, List.of(e), null);
        List<Deadline> all = ENGINE.compute(f, at("2026-03-11T09:00"));
        assertThat(all).extracting(Deadline::kind).containsExactly(Kind.PRE_ASSESSMENT, Kind.RECOVERY_PERIOD,
                Kind.KFM_ACKNOWLEDGEMENT, Kind.EVICTION);
        // the acknowledgement is met (not open); the eviction on the 17th beats the recovery period (23 March)
        assertThat(DeadlineEngine.mostUrgent(all)).map(Deadline::kind).contains(Kind.EVICTION);
        assertThat(DeadlineEngine.mostUrgent(List.of(all.get(1), all.get(0)))).map(Deadline::kind)
                .contains(Kind.RECOVERY_PERIOD);
        assertThat(DeadlineEngine.mostUrgent(List.of(all.get(0), all.get(1)))).map(Deadline::kind)
                .contains(Kind.RECOVERY_PERIOD);
        assertThat(DeadlineEngine.mostUrgent(List.of(all.get(2)))).isEmpty();
        // equal instants: the first one stays
        Deadline a = all.get(3);
        Deadline b = new Deadline(Kind.RECOVERY_PERIOD, "x", DeadlineState.PENDING, a.dueOn(), a.endsAt(), null,
                a.nearOn(), a.nearAt(), a.urgentAt(), null, null);
        assertThat(DeadlineEngine.mostUrgent(List.of(a, b))).contains(a);
        assertThat(DeadlineEngine.mostUrgent(List.of(b, a))).contains(b);
    }

    @Test
    void invalidInputIsRefused() {
        assertThatThrownBy(() -> new LeadTimes(Duration.ofDays(-1), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recoveryPeriod");
        assertThatThrownBy(() -> new LeadTimes(Duration.ZERO, Duration.ofDays(-1), Duration.ZERO))
                .hasMessageContaining("acknowledgement");
        assertThatThrownBy(() -> new LeadTimes(Duration.ZERO, Duration.ZERO, Duration.ofDays(-1)))
                .hasMessageContaining("eviction");
        assertThatThrownBy(() -> new LeadTimes(null, Duration.ZERO, Duration.ZERO)).isInstanceOf(NullPointerException.class);
        assertThat(new LeadTimes(Duration.ZERO, Duration.ZERO, Duration.ZERO).eviction()).isZero();
        assertThatThrownBy(() -> new Termination("n", List.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Termination(null, List.of(rental(null, "2026-01-01")), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PeriodBasis(null, null, d("2026-01-01"))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PeriodBasis(TenureKind.RENTAL, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Eviction(null, Instant.EPOCH, null, false, null, false, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Eviction("k", null, null, false, null, false, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Facts(null, List.of(), null, List.of(), null, List.of(), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DeadlineEngine(null)).isInstanceOf(NullPointerException.class);
        Facts f = facts(d("2026-01-01"), List.of(), null, List.of(), null);
        assertThatThrownBy(() -> ENGINE.compute(null, Instant.EPOCH)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ENGINE.compute(f, null)).isInstanceOf(NullPointerException.class);
        Deadline p = ENGINE.compute(f, Instant.EPOCH).get(0);
        assertThatThrownBy(() -> p.alertsDue(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> p.nextCheck(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DeadlineEngine.endOf(null)).isInstanceOf(NullPointerException.class);
        assertThat(Optional.of(p).map(Deadline::kind)).contains(Kind.PRE_ASSESSMENT);
    }
}
