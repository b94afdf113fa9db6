package se.bokvar.rules.deadline;

import static se.bokvar.rules.calendar.Stockholm.STOCKHOLM;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.bokvar.rules.calendar.Stockholm;

/**
 * The legal deadline engine: from the stored facts of a case and the current instant it computes every deadline,
 * its {@link DeadlineState}, and which alerts are due. It keeps no state of its own, so a restart loses nothing:
 * the service recomputes from its tables and announces each due alert once (its uniqueness guard).
 *
 * <p>The deadlines:
 * <ul>
 * <li>{@link Kind#RECOVERY_PERIOD} per termination for unpaid rent (återvinningsfrist, {@link RecoveryPeriod}),
 * recomputed from the latest version of the notice (a correction restarts it from the correction's receipt, NJA
 * 1985 s. 586). The caseworker's act-by date is the earliest last day any version ever gave ({@link ActByDate}):
 * a correction never moves it later. Met when the written payment commitment was sent by the last day; not
 * applicable once the notice is withdrawn, or when the case closed before it ended.</li>
 * <li>{@link Kind#PRE_ASSESSMENT}: förhandsbedömning from the day the case was opened, target 14 days (near after
 * it), limit 28 days or as extended with a reason; met when it ended (investigation opened, or the case closed)
 * by the limit. A guideline: it warns, it never blocks.</li>
 * <li>{@link Kind#KFM_ACKNOWLEDGEMENT} per Kronofogden eviction notice: the same Stockholm calendar day
 * ({@link SameDay}); met when Kronofogden confirmed the acknowledgement that day.</li>
 * <li>{@link Kind#EVICTION} per eviction with a date: social services attend (or agree otherwise with Kronofogden)
 * by the end of the eviction day; not applicable once cancelled.</li>
 * </ul>
 * A deadline is <em>near</em> from {@code nearAt}: the lead time before it passes (the act-by date's end for the
 * recovery period; the eviction's time for an eviction; the day after the target for the pre-assessment).
 * Plain Java, no framework; all days are Europe/Stockholm.
 */
public final class DeadlineEngine {

    /** The deadlines the engine watches. */
    public enum Kind {
        RECOVERY_PERIOD, PRE_ASSESSMENT, KFM_ACKNOWLEDGEMENT, EVICTION
    }

    /** The two alerts: near, and breached. Each is announced once per case, kind, due day and alert. */
    public enum Alert {
        NEAR, BREACHED
    }

    /**
     * How long before a deadline passes it counts as near.
     *
     * @param recoveryPeriod  before the end of the act-by day, e.g. three days
     * @param acknowledgement before the end of the day of receipt, e.g. four hours
     * @param eviction        before the eviction's date and time, e.g. two days
     */
    public record LeadTimes(Duration recoveryPeriod, Duration acknowledgement, Duration eviction) {
        public LeadTimes {
            requireNonNegative(recoveryPeriod, "recoveryPeriod");
            requireNonNegative(acknowledgement, "acknowledgement");
            requireNonNegative(eviction, "eviction");
        }

        private static void requireNonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name + " must not be null");
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
        }
    }

    /**
     * One version of what a recovery period is computed from: the original notice, a correction or a served-date
     * update.
     *
     * @param tenure     the form of tenure
     * @param servedOn   delgivning to the tenant, or null while unknown
     * @param receivedOn the day social services received this version's notice (a correction's own receipt)
     */
    public record PeriodBasis(TenureKind tenure, LocalDate servedOn, LocalDate receivedOn) {
        public PeriodBasis {
            Objects.requireNonNull(tenure, "tenure must not be null");
            Objects.requireNonNull(receivedOn, "receivedOn must not be null");
        }

        RecoveryPeriod period() {
            return RecoveryPeriod.compute(tenure, Optional.ofNullable(servedOn), receivedOn);
        }
    }

    /**
     * A termination for unpaid rent on the case.
     *
     * @param ref         the notice id
     * @param versions    every version, oldest first (at least one)
     * @param withdrawnOn the day the landlord withdrew it, or null
     */
    public record Termination(String ref, List<PeriodBasis> versions, LocalDate withdrawnOn) {
        public Termination {
            Objects.requireNonNull(ref, "ref must not be null");
            versions = List.copyOf(Objects.requireNonNull(versions, "versions must not be null"));
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("a termination has at least one version");
            }
        }
    }

    /**
     * A Kronofogden eviction case on the case.
     *
     * @param kfmCaseNumber          Kronofogden's case number
     * @param receivedAt             when its notice was received (the acknowledgement is due that Stockholm day)
     * @param evictionAt             the eviction's date and time, or null if none is set
     * @param cancelled              Kronofogden cancelled the eviction
     * @param acknowledgedAt         when Kronofogden confirmed the acknowledgement, or null
     * @param acknowledgementOverdue the adapter reported the acknowledgement overdue
     * @param attendedAt             when social services attended (or recorded that attendance was agreed
     *                               otherwise with Kronofogden), or null
     */
    public record Eviction(String kfmCaseNumber, Instant receivedAt, Instant evictionAt, boolean cancelled,
            Instant acknowledgedAt, boolean acknowledgementOverdue, Instant attendedAt) {
        public Eviction {
            Objects.requireNonNull(kfmCaseNumber, "kfmCaseNumber must not be null");
            Objects.requireNonNull(receivedAt, "receivedAt must not be null");
        }
    }

    /**
     * The stored facts of one case.
     *
     * @param openedOn                the day the case was opened (aktualisering)
     * @param extensions              the pre-assessment's extensions, oldest first
     * @param preAssessmentEndedOn    the day the investigation was opened, or null
     * @param terminations            the case's terminations for unpaid rent
     * @param paymentCommitmentSentOn the day the written payment commitment was sent, or null
     * @param evictions               the case's Kronofogden evictions
     * @param closedAt                when the case was closed, or null
     */
    public record Facts(LocalDate openedOn, List<PreAssessment.Extension> extensions, LocalDate preAssessmentEndedOn,
            List<Termination> terminations, LocalDate paymentCommitmentSentOn, List<Eviction> evictions,
            Instant closedAt) {
        public Facts {
            Objects.requireNonNull(openedOn, "openedOn must not be null");
            extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions must not be null"));
            terminations = List.copyOf(Objects.requireNonNull(terminations, "terminations must not be null"));
            evictions = List.copyOf(Objects.requireNonNull(evictions, "evictions must not be null"));
        }
    }

    /**
     * One deadline as it stands.
     *
     * @param kind           which deadline
     * @param ref            the notice id (recovery period), the KFM case number (acknowledgement, eviction) or
     *                       {@code case} (pre-assessment)
     * @param state          pending, met, breached or not applicable
     * @param dueOn          the last day (the legal last day for the recovery period; the limit for the
     *                       pre-assessment)
     * @param endsAt         the instant it passes: the start of the day after {@code dueOn}, in Stockholm
     * @param actBy          the caseworker's act-by day (recovery period: the earliest ever computed), else null
     * @param nearOn         the day a NEAR alert is announced for (act-by day, target, due day)
     * @param nearAt         the instant from which it is near
     * @param urgentAt       the instant the inbox sorts by (act-by end, eviction time, end of day)
     * @param recoveryPeriod the period as computed from the latest version (recovery period only), else null
     * @param preAssessment  the pre-assessment (pre-assessment only), else null
     */
    public record Deadline(Kind kind, String ref, DeadlineState state, LocalDate dueOn, Instant endsAt,
            LocalDate actBy, LocalDate nearOn, Instant nearAt, Instant urgentAt, RecoveryPeriod recoveryPeriod,
            PreAssessment preAssessment) {

        /** The alerts that are due at {@code now} (the service announces each once). */
        public List<AlertDue> alertsDue(Instant now) {
            Objects.requireNonNull(now, "now must not be null");
            if (state == DeadlineState.BREACHED) {
                return List.of(new AlertDue(kind, ref, Alert.BREACHED, dueOn));
            }
            if (state == DeadlineState.PENDING && !now.isBefore(nearAt)) {
                return List.of(new AlertDue(kind, ref, Alert.NEAR, nearOn));
            }
            return List.of();
        }

        /** When an alert of this deadline may next become due, if it still can: near, then breached. */
        public Optional<Instant> nextCheck(Instant now) {
            Objects.requireNonNull(now, "now must not be null");
            if (state != DeadlineState.PENDING) {
                return Optional.empty();
            }
            return Optional.of(now.isBefore(nearAt) ? nearAt : endsAt);
        }

        /** Whether this deadline is still open (pending): only those order the inbox. */
        public boolean open() {
            return state == DeadlineState.PENDING;
        }
    }

    /**
     * An alert that is due.
     *
     * @param dueOn the deadline day the alert is about (with kind and alert, what makes it unique per case)
     */
    public record AlertDue(Kind kind, String ref, Alert alert, LocalDate dueOn) {
    }

    private final LeadTimes leadTimes;

    public DeadlineEngine(LeadTimes leadTimes) {
        this.leadTimes = Objects.requireNonNull(leadTimes, "leadTimes must not be null");
    }

    /** Every deadline of the case at {@code now}: pre-assessment, recovery periods, acknowledgements, evictions. */
    public List<Deadline> compute(Facts facts, Instant now) {
        Objects.requireNonNull(facts, "facts must not be null");
        Objects.requireNonNull(now, "now must not be null");
        LocalDate today = Stockholm.dateOf(now);
        List<Deadline> deadlines = new ArrayList<>();
        deadlines.add(preAssessment(facts, today));
        for (Termination termination : facts.terminations()) {
            deadlines.add(recoveryPeriod(termination, facts, today));
        }
        for (Eviction eviction : facts.evictions()) {
            deadlines.add(acknowledgement(eviction, facts, now));
            if (eviction.evictionAt() != null) {
                deadlines.add(eviction(eviction, facts, now));
            }
        }
        return deadlines;
    }

    /** The earliest {@code urgentAt} among the open deadlines: the inbox's sort key. */
    public static Optional<Deadline> mostUrgent(List<Deadline> deadlines) {
        Deadline best = null;
        for (Deadline d : deadlines) {
            if (d.open() && (best == null || d.urgentAt().isBefore(best.urgentAt()))) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The instant a Stockholm day ends: the start of the next day. */
    public static Instant endOf(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        return day.plusDays(1).atStartOfDay(STOCKHOLM).toInstant();
    }

    private Deadline preAssessment(Facts facts, LocalDate today) {
        PreAssessment assessment = PreAssessment.opened(facts.openedOn());
        for (PreAssessment.Extension extension : facts.extensions()) {
            assessment = assessment.extend(extension.newLimit(), extension.reason());
        }
        LocalDate ended = facts.preAssessmentEndedOn();
        if (ended == null && facts.closedAt() != null) {
            ended = Stockholm.dateOf(facts.closedAt());
        }
        DeadlineState state = DeadlineState.evaluate(assessment.limit(), Optional.ofNullable(ended), today);
        Instant endsAt = endOf(assessment.limit());
        return new Deadline(Kind.PRE_ASSESSMENT, "case", state, assessment.limit(), endsAt, null,
                assessment.target(), endOf(assessment.target()), endsAt, null, assessment);
    }

    private Deadline recoveryPeriod(Termination termination, Facts facts, LocalDate today) {
        List<PeriodBasis> versions = termination.versions();
        RecoveryPeriod period = versions.get(versions.size() - 1).period();
        ActByDate actBy = null;
        for (PeriodBasis version : versions) {
            LocalDate lastDay = version.period().lastDay();
            actBy = actBy == null ? ActByDate.first(lastDay) : actBy.withRecomputed(lastDay);
        }
        LocalDate actByDay = actBy.actBy();
        DeadlineState state;
        if (termination.withdrawnOn() != null) {
            state = DeadlineState.NOT_APPLICABLE;
        } else if (facts.paymentCommitmentSentOn() != null) {
            state = DeadlineState.evaluate(period.lastDay(), Optional.of(facts.paymentCommitmentSentOn()), today);
        } else {
            state = closedOrEvaluated(period.lastDay(), facts.closedAt(), today);
        }
        Instant actByEnd = endOf(actByDay);
        return new Deadline(Kind.RECOVERY_PERIOD, termination.ref(), state, period.lastDay(), endOf(period.lastDay()),
                actByDay, actByDay, actByEnd.minus(leadTimes.recoveryPeriod()), actByEnd, period, null);
    }

    private Deadline acknowledgement(Eviction eviction, Facts facts, Instant now) {
        LocalDate day = SameDay.dayOf(eviction.receivedAt());
        Instant endsAt = endOf(day);
        DeadlineState state;
        if (eviction.acknowledgedAt() != null) {
            state = eviction.acknowledgedAt().isBefore(endsAt) ? DeadlineState.MET : DeadlineState.BREACHED;
        } else if (eviction.acknowledgementOverdue()) {
            state = DeadlineState.BREACHED;
        } else {
            state = closedOrEvaluated(day, facts.closedAt(), Stockholm.dateOf(now));
        }
        return new Deadline(Kind.KFM_ACKNOWLEDGEMENT, eviction.kfmCaseNumber(), state, day, endsAt, null, day,
                endsAt.minus(leadTimes.acknowledgement()), endsAt, null, null);
    }

    private Deadline eviction(Eviction eviction, Facts facts, Instant now) {
        LocalDate day = Stockholm.dateOf(eviction.evictionAt());
        Instant endsAt = endOf(day);
        DeadlineState state;
        if (eviction.cancelled()) {
            state = DeadlineState.NOT_APPLICABLE;
        } else if (eviction.attendedAt() != null) {
            state = eviction.attendedAt().isBefore(endsAt) ? DeadlineState.MET : DeadlineState.BREACHED;
        } else {
            state = closedOrEvaluated(day, facts.closedAt(), Stockholm.dateOf(now));
        }
        return new Deadline(Kind.EVICTION, eviction.kfmCaseNumber(), state, day, endsAt, null, day,
                eviction.evictionAt().minus(leadTimes.eviction()), eviction.evictionAt(), null, null);
    }

    /**
     * A deadline nothing was done for: breached if its last day passed (before the case closed, if it did);
     * not applicable if the case closed while it was still running; else pending.
     */
    private static DeadlineState closedOrEvaluated(LocalDate lastDay, Instant closedAt, LocalDate today) {
        if (closedAt == null) {
            return DeadlineState.evaluate(lastDay, Optional.empty(), today);
        }
        LocalDate closedOn = Stockholm.dateOf(closedAt);
        return closedOn.isAfter(lastDay) ? DeadlineState.BREACHED : DeadlineState.NOT_APPLICABLE;
    }
}
