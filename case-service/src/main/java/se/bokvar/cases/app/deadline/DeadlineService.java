package se.bokvar.cases.app.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.store.CaseNotice;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.NoticeSource;
import se.bokvar.cases.store.deadline.DeadlineStore;
import se.bokvar.contracts.v1.DeadlineAlertV1;
import se.bokvar.rules.deadline.DeadlineEngine.AlertDue;
import se.bokvar.rules.deadline.DeadlineEngine.Deadline;
import se.bokvar.rules.deadline.DeadlineEngine;
import se.bokvar.rules.deadline.DeadlineState;
import se.bokvar.rules.notice.NoticeKind;

/**
 * Runs the legal-rules {@link DeadlineEngine} on a case's stored facts: after every change of the case, and from the
 * periodic scan when time alone may have made an alert due. It stores the result ({@code case_deadline}, the
 * inbox's sort key on the case) and announces each due alert exactly once: the alert row's uniqueness on
 * (case, deadline, due day, alert) and the outbox row commit in the same transaction, so neither a second replica
 * nor a crash before the commit can announce it twice, and a crash loses nothing (the next scan finds it again).
 */
@ApplicationScoped
public class DeadlineService {

    private final DeadlineEngine engine;
    private final Clock clock;
    private final CaseAnnouncements announcements;
    private final Timeline timeline;
    private final DeadlineMetrics metrics;
    private final DeadlineFacts facts;
    private final DeadlineStore store;

    @Inject
    public DeadlineService(DeadlineEngine engine, Clock clock, CaseAnnouncements announcements, Timeline timeline,
            DeadlineMetrics metrics, DeadlineFacts facts, DeadlineStore store) {
        this.engine = engine;
        this.facts = facts;
        this.store = store;
        this.clock = clock;
        this.announcements = announcements;
        this.timeline = timeline;
        this.metrics = metrics;
    }

    /** The case's deadlines as they stand now, recomputed from the stored facts. */
    public Uni<List<Deadline>> current(Mutiny.Session session, HouseholdCase c) {
        Instant now = clock.instant();
        return facts.of(session, c).map(f -> engine.compute(f, now));
    }

    /**
     * Recomputes the case's deadlines, stores them, updates the inbox's sort key and announces the alerts now due
     * that were not announced before. The case must be locked by the caller's transaction.
     */
    public Uni<Void> refresh(Mutiny.Session session, HouseholdCase c) {
        Instant now = clock.instant();
        return session.flush().flatMap(v -> facts.of(session, c)).flatMap(f -> {
            List<Deadline> deadlines = engine.compute(f, now);
            denormalize(c, deadlines);
            List<DeadlineStore.DeadlineRow> rows = new ArrayList<>(deadlines.size());
            List<AlertDue> due = new ArrayList<>();
            List<DeadlineStore.AlertRow> alerts = new ArrayList<>();
            for (Deadline d : deadlines) {
                rows.add(row(c.id, d, now));
                for (AlertDue alert : d.alertsDue(now)) {
                    due.add(alert);
                    alerts.add(new DeadlineStore.AlertRow(UUID.randomUUID(), c.id, alert.kind().name(), alert.dueOn(),
                            alert.alert().name(), utc(now)));
                }
            }
            // a case opened in this transaction has no deadlines stored before these
            return store.sync(session, c.id, rows, utc(now), c.openedInThisTransaction)
                    .flatMap(x -> store.alertsOnce(session, c.id, utc(now), alerts))
                    .flatMap(fresh -> {
                        Uni<Void> chain = Uni.createFrom().voidItem();
                        for (int i = 0; i < due.size(); i++) {
                            AlertDue alert = due.get(i);
                            UUID alertId = alerts.get(i).alertId();
                            if (fresh.contains(alertId)) {
                                chain = chain.flatMap(x -> announce(session, c, alert, alertId, now));
                            }
                        }
                        return chain;
                    });
        });
    }

    /**
     * What {@link #refresh} computes for a case opened in this transaction by {@code n}, its only notice (no step,
     * extension or eviction yet, so nothing is read): the deadlines, denormalised onto the case, to store with
     * {@link #storeNew} together with other such cases. Empty when an alert is already due (a notice received long
     * ago): that case takes {@link #refresh}, which announces the alert.
     */
    public Optional<List<DeadlineStore.DeadlineRow>> forNewCase(HouseholdCase c, CaseNotice n, Instant now) {
        List<CaseNotice> terminations = n.kind == NoticeKind.TERMINATION_UNPAID_RENT && n.source == NoticeSource.LANDLORD
                ? List.of(n) : List.of();
        List<Deadline> deadlines = engine.compute(facts.assemble(c, terminations, Map.of(), List.of(), List.of(),
                List.of()), now);
        List<DeadlineStore.DeadlineRow> rows = new ArrayList<>(deadlines.size());
        for (Deadline d : deadlines) {
            if (!d.alertsDue(now).isEmpty()) {
                return Optional.empty();
            }
            rows.add(row(c.id, d, now));
        }
        denormalize(c, deadlines);
        return Optional.of(rows);
    }

    /** Stores what {@link #forNewCase} computed for many cases, in one statement. */
    public Uni<Void> storeNew(Mutiny.Session session, List<DeadlineStore.DeadlineRow> rows, Instant now) {
        return store.insertNew(session, rows, utc(now));
    }

    private void denormalize(HouseholdCase c, List<Deadline> deadlines) {
        Deadline urgent = DeadlineEngine.mostUrgent(deadlines).orElse(null);
        c.inboxDueAt = urgent == null ? null : OffsetDateTime.ofInstant(urgent.urgentAt(), ZoneOffset.UTC);
        c.inboxDeadline = urgent == null ? null : urgent.kind();
        c.hasBreachedDeadline = deadlines.stream().anyMatch(d -> d.state() == DeadlineState.BREACHED);
        Deadline period = currentRecoveryPeriod(deadlines);
        if (period != null) {
            c.recoveryPeriodStart = period.recoveryPeriod().start();
            c.recoveryPeriodNominalEnd = period.recoveryPeriod().nominalEnd();
            c.recoveryPeriodLastDay = period.recoveryPeriod().lastDay();
            c.recoveryPeriodProvisional = period.recoveryPeriod().provisional();
            c.actByDate = period.actBy();
        }
    }

    /** The recovery period to show first: the open one that ends first, else the latest computed. */
    public static Deadline currentRecoveryPeriod(List<Deadline> deadlines) {
        List<Deadline> periods = deadlines.stream().filter(d -> d.kind() == DeadlineEngine.Kind.RECOVERY_PERIOD).toList();
        return periods.stream().filter(Deadline::open).min(Comparator.comparing(Deadline::dueOn))
                .or(() -> periods.stream().filter(d -> d.state() != DeadlineState.NOT_APPLICABLE)
                        .max(Comparator.comparing(Deadline::dueOn)))
                .or(() -> periods.stream().max(Comparator.comparing(Deadline::dueOn)))
                .orElse(null);
    }

    private static DeadlineStore.DeadlineRow row(UUID caseId, Deadline d, Instant now) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (d.recoveryPeriod() != null) {
            details.put("countedFrom", d.recoveryPeriod().start().toString());
            details.put("nominalEnd", d.recoveryPeriod().nominalEnd().toString());
            details.put("provisional", d.recoveryPeriod().provisional());
            details.put("legalBasis", d.recoveryPeriod().legalBasis());
        }
        if (d.preAssessment() != null) {
            details.put("target", d.preAssessment().target().toString());
            d.preAssessment().extensionReason().ifPresent(r -> details.put("extended", true));
        }
        return new DeadlineStore.DeadlineRow(caseId, d.kind().name(), d.ref(), d.dueOn(), utc(d.endsAt()), d.actBy(),
                d.state().name(), utc(d.nearAt()), d.nextCheck(now).map(DeadlineService::utc).orElse(null), details,
                utc(now));
    }

    /** Announces an alert whose once-only row this transaction inserted: the event, the metric, the timeline. */
    private Uni<Void> announce(Mutiny.Session session, HouseholdCase c, AlertDue due, UUID alertId, Instant now) {
        DeadlineAlertV1 alert = new DeadlineAlertV1(alertId, c.id, due.kind().name(), due.alert().name(),
                due.dueOn(), now, c.board, c.assignedTo, unitOf(c));
        return announcements.deadlineAlert(session, c, alert)
                .invoke(() -> metrics.appended(alertId, due.kind(), due.alert()))
                .flatMap(x -> timeline.add(session, c.id, now, "DEADLINE_" + due.alert().name(),
                        summary(due), null, due.ref(), Map.of("deadline", due.kind().name(),
                                "dueOn", due.dueOn().toString())));
    }

    /** The case's unit as the contract names it: adult or children (null when the case has none yet). */
    static String unitOf(HouseholdCase c) {
        return c.unit == null ? null : c.unit.value();
    }

    private static String summary(AlertDue due) {
        String what = switch (due.kind()) {
            case RECOVERY_PERIOD -> "The recovery period (återvinningsfrist)";
            case PRE_ASSESSMENT -> "The pre-assessment (förhandsbedömning)";
            case KFM_ACKNOWLEDGEMENT -> "The same-day acknowledgement to Kronofogden";
            case EVICTION -> "The eviction";
        };
        return switch (due.alert()) {
            case NEAR -> what + " is near: " + due.dueOn();
            case BREACHED -> what + " was breached: " + due.dueOn();
        };
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
