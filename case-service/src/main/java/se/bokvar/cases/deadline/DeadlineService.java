package se.bokvar.cases.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.CaseNotice;
import se.bokvar.cases.CaseStep;
import se.bokvar.cases.HouseholdCase;
import se.bokvar.cases.KfmEviction;
import se.bokvar.cases.NoticeKind;
import se.bokvar.cases.NoticeRevision;
import se.bokvar.cases.PreAssessmentExtension;
import se.bokvar.cases.service.CaseAnnouncements;
import se.bokvar.cases.service.IncomingNotice;
import se.bokvar.cases.service.Timeline;
import se.bokvar.contracts.v1.DeadlineAlertV1;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.casework.StepKind;
import se.bokvar.rules.deadline.DeadlineEngine;
import se.bokvar.rules.deadline.DeadlineEngine.AlertDue;
import se.bokvar.rules.deadline.DeadlineEngine.Deadline;
import se.bokvar.rules.deadline.DeadlineEngine.Facts;
import se.bokvar.rules.deadline.DeadlineEngine.PeriodBasis;
import se.bokvar.rules.deadline.DeadlineState;
import se.bokvar.rules.deadline.PreAssessment;
import se.bokvar.rules.deadline.TenureKind;

/**
 * Runs the legal-rules {@link DeadlineEngine} on a case's stored facts: after every change of the case, and from the
 * periodic scan when time alone may have made an alert due. It stores the result ({@code case_deadline}, the
 * inbox's sort key on the case) and announces each due alert exactly once: the alert row's uniqueness on
 * (case, deadline, due day, alert) and the outbox row commit in the same transaction, so neither a second replica
 * nor a crash before the commit can announce it twice, and a crash loses nothing (the next scan finds it again).
 */
@ApplicationScoped
public class DeadlineService {

    static final String UPSERT = """
            insert into case_deadline (case_id, kind, ref, due_on, due_at, act_by, state, near_at, next_check_at,
                                       details, computed_at)
            values (?1, ?2, ?3, ?4, ?5, cast(?6 as date), ?7, ?8, cast(?9 as timestamptz), cast(cast(?10 as text) as jsonb), ?11)
            on conflict (case_id, kind, ref) do update set due_on = excluded.due_on, due_at = excluded.due_at,
                act_by = excluded.act_by, state = excluded.state, near_at = excluded.near_at,
                next_check_at = excluded.next_check_at, details = excluded.details, computed_at = excluded.computed_at
            """;
    static final String DELETE_STALE = "delete from case_deadline where case_id = ?1 and kind || ':' || ref <> all(?2)";
    static final String ALERT_ONCE = """
            insert into deadline_alert (alert_id, case_id, deadline, due_on, alert, detected_at)
            values (?1, ?2, ?3, ?4, ?5, ?6)
            on conflict on constraint deadline_alert_once do nothing
            """;

    private final DeadlineEngine engine;
    private final Clock clock;
    private final CaseAnnouncements announcements;
    private final Timeline timeline;
    private final ObjectMapper mapper;
    private final DeadlineMetrics metrics;

    @Inject
    public DeadlineService(Clock clock, CaseAnnouncements announcements, Timeline timeline, ObjectMapper mapper,
            DeadlineMetrics metrics,
            @ConfigProperty(name = "bokvar.deadlines.near.recovery-period") Duration recoveryLead,
            @ConfigProperty(name = "bokvar.deadlines.near.acknowledgement") Duration acknowledgementLead,
            @ConfigProperty(name = "bokvar.deadlines.near.eviction") Duration evictionLead) {
        this.engine = new DeadlineEngine(new DeadlineEngine.LeadTimes(recoveryLead, acknowledgementLead, evictionLead));
        this.clock = clock;
        this.announcements = announcements;
        this.timeline = timeline;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    /** The case's deadlines as they stand now, recomputed from the stored facts. */
    public Uni<List<Deadline>> current(Mutiny.Session session, HouseholdCase c) {
        Instant now = clock.instant();
        return facts(session, c).map(f -> engine.compute(f, now));
    }

    /**
     * Recomputes the case's deadlines, stores them, updates the inbox's sort key and announces the alerts now due
     * that were not announced before. The case must be locked by the caller's transaction.
     */
    public Uni<Void> refresh(Mutiny.Session session, HouseholdCase c) {
        Instant now = clock.instant();
        return session.flush().flatMap(v -> facts(session, c)).flatMap(f -> {
            List<Deadline> deadlines = engine.compute(f, now);
            denormalize(c, deadlines);
            Uni<Void> chain = Uni.createFrom().voidItem();
            List<String> keys = new ArrayList<>();
            for (Deadline d : deadlines) {
                keys.add(d.kind() + ":" + d.ref());
                chain = chain.flatMap(x -> store(session, c.id, d, now));
            }
            chain = chain.flatMap(x -> session.createNativeQuery(DELETE_STALE).setParameter(1, c.id)
                    .setParameter(2, keys.toArray(String[]::new)).executeUpdate().replaceWithVoid());
            for (Deadline d : deadlines) {
                for (AlertDue alert : d.alertsDue(now)) {
                    chain = chain.flatMap(x -> announceOnce(session, c, alert, now));
                }
            }
            return chain;
        });
    }

    private void denormalize(HouseholdCase c, List<Deadline> deadlines) {
        Deadline urgent = DeadlineEngine.mostUrgent(deadlines).orElse(null);
        c.inboxDueAt = urgent == null ? null : OffsetDateTime.ofInstant(urgent.urgentAt(), ZoneOffset.UTC);
        c.inboxDeadline = urgent == null ? null : urgent.kind().name();
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

    private Uni<Void> store(Mutiny.Session session, UUID caseId, Deadline d, Instant now) {
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
        return session.createNativeQuery(UPSERT)
                .setParameter(1, caseId)
                .setParameter(2, d.kind().name())
                .setParameter(3, d.ref())
                .setParameter(4, d.dueOn())
                .setParameter(5, utc(d.endsAt()))
                .setParameter(6, d.actBy())
                .setParameter(7, d.state().name())
                .setParameter(8, utc(d.nearAt()))
                .setParameter(9, d.nextCheck(now).map(DeadlineService::utc).orElse(null))
                .setParameter(10, json(details))
                .setParameter(11, utc(now))
                .executeUpdate().replaceWithVoid();
    }

    private Uni<Void> announceOnce(Mutiny.Session session, HouseholdCase c, AlertDue due, Instant now) {
        UUID alertId = UUID.randomUUID();
        return session.createNativeQuery(ALERT_ONCE)
                .setParameter(1, alertId)
                .setParameter(2, c.id)
                .setParameter(3, due.kind().name())
                .setParameter(4, due.dueOn())
                .setParameter(5, due.alert().name())
                .setParameter(6, utc(now))
                .executeUpdate()
                .flatMap(inserted -> {
                    if (inserted == 0) {
                        return Uni.createFrom().voidItem();
                    }
                    DeadlineAlertV1 alert = new DeadlineAlertV1(alertId, c.id, due.kind().name(), due.alert().name(),
                            due.dueOn(), now, c.board, c.assignedTo);
                    return announcements.deadlineAlert(session, c, alert)
                            .invoke(() -> metrics.appended(alertId, due.kind(), due.alert()))
                            .flatMap(x -> timeline.add(session, c.id, now, "DEADLINE_" + due.alert().name(),
                                    summary(due), null, due.ref(), Map.of("deadline", due.kind().name(),
                                            "dueOn", due.dueOn().toString())));
                });
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

    /** Loads the stored facts the engine needs. */
    public Uni<Facts> facts(Mutiny.Session session, HouseholdCase c) {
        Uni<List<CaseNotice>> terminations = session.createSelectionQuery(
                "from CaseNotice where caseId = :id and kind = :kind and source = :source order by receivedAt, id",
                CaseNotice.class)
                .setParameter("id", c.id).setParameter("kind", NoticeKind.TERMINATION_UNPAID_RENT.name())
                .setParameter("source", IncomingNotice.LANDLORD).getResultList();
        return terminations.flatMap(notices -> revisions(session, notices).flatMap(revisions -> session
                .createSelectionQuery("from PreAssessmentExtension where caseId = :id order by recordedAt, id",
                        PreAssessmentExtension.class)
                .setParameter("id", c.id).getResultList()
                .flatMap(extensions -> session.createSelectionQuery(
                        "from CaseStep where caseId = :id and status = :done and kind in (:kinds) order by performedAt",
                        CaseStep.class)
                        .setParameter("id", c.id).setParameter("done", CaseStep.DONE)
                        .setParameter("kinds", List.of(StepKind.INVESTIGATION_OPENED.name(),
                                StepKind.PAYMENT_COMMITMENT.name(), StepKind.EVICTION_ATTENDANCE.name()))
                        .getResultList()
                        .flatMap(steps -> session.createSelectionQuery(
                                "from KfmEviction where caseId = :id order by receivedAt", KfmEviction.class)
                                .setParameter("id", c.id).getResultList()
                                .map(evictions -> assemble(c, notices, revisions, extensions, steps, evictions))))));
    }

    private Uni<Map<UUID, List<NoticeRevision>>> revisions(Mutiny.Session session, List<CaseNotice> notices) {
        if (notices.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createSelectionQuery("from NoticeRevision where noticeId in (:ids) order by noticeId, revision",
                NoticeRevision.class)
                .setParameter("ids", notices.stream().map(n -> n.id).toList()).getResultList()
                .map(list -> {
                    Map<UUID, List<NoticeRevision>> map = new LinkedHashMap<>();
                    list.forEach(r -> map.computeIfAbsent(r.noticeId, k -> new ArrayList<>()).add(r));
                    return map;
                });
    }

    Facts assemble(HouseholdCase c, List<CaseNotice> notices, Map<UUID, List<NoticeRevision>> revisions,
            List<PreAssessmentExtension> extensions, List<CaseStep> steps, List<KfmEviction> evictions) {
        List<DeadlineEngine.Termination> terminations = new ArrayList<>();
        for (CaseNotice n : notices) {
            List<PeriodBasis> versions = periodBases(n, revisions.getOrDefault(n.id, List.of()));
            LocalDate withdrawnOn = n.active() || n.withdrawnAt == null ? null : Stockholm.dateOf(n.withdrawnAt.toInstant());
            if (!n.active() && withdrawnOn == null) {
                withdrawnOn = Stockholm.dateOf(clock.instant());
            }
            terminations.add(new DeadlineEngine.Termination(n.id.toString(), versions, withdrawnOn));
        }
        LocalDate investigationOn = null;
        LocalDate commitmentOn = null;
        Map<String, Instant> attended = new LinkedHashMap<>();
        for (CaseStep s : steps) {
            LocalDate day = Stockholm.dateOf(s.performedAt.toInstant());
            if (StepKind.INVESTIGATION_OPENED.name().equals(s.kind) && investigationOn == null) {
                investigationOn = day;
            } else if (StepKind.PAYMENT_COMMITMENT.name().equals(s.kind) && commitmentOn == null) {
                commitmentOn = day;
            } else if (StepKind.EVICTION_ATTENDANCE.name().equals(s.kind) && s.kfmCaseNumber != null
                    && attendanceCounts(s)) {
                attended.putIfAbsent(s.kfmCaseNumber, s.performedAt.toInstant());
            }
        }
        List<DeadlineEngine.Eviction> kfm = evictions.stream().map(k -> new DeadlineEngine.Eviction(k.kfmCaseNumber,
                k.receivedAt.toInstant(), k.evictionAt == null ? null : k.evictionAt.toInstant(), k.cancelled(),
                "CONFIRMED".equals(k.ackStatus) && k.ackAt != null ? k.ackAt.toInstant() : null,
                "OVERDUE".equals(k.ackStatus), attended.get(k.kfmCaseNumber))).toList();
        List<PreAssessment.Extension> ext = extensions.stream()
                .map(e -> new PreAssessment.Extension(e.newLimit, e.reason)).toList();
        return new Facts(Stockholm.dateOf(c.openedAt.toInstant()), ext, investigationOn, terminations, commitmentOn,
                kfm, c.closedAt == null ? null : c.closedAt.toInstant());
    }

    private boolean attendanceCounts(CaseStep s) {
        try {
            var node = mapper.readTree(s.details);
            return node.path("attended").asBoolean(false) || node.path("agreedOtherwiseWithKronofogden").asBoolean(false);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * The versions a recovery period is computed from: the original and each correction count from their own
     * receipt (NJA 1985 s. 586); a served-date update keeps the receipt it updates; a withdrawal is no version.
     */
    static List<PeriodBasis> periodBases(CaseNotice n, List<NoticeRevision> revisions) {
        List<PeriodBasis> versions = new ArrayList<>();
        LocalDate countingReceipt = null;
        for (NoticeRevision r : revisions) {
            TenureKind tenure = tenure(r.tenure != null ? r.tenure : n.tenure);
            switch (r.change) {
                case NoticeRevision.ORIGINAL, NoticeRevision.CORRECTION -> {
                    countingReceipt = Stockholm.dateOf(r.receivedAt.toInstant());
                    versions.add(new PeriodBasis(tenure, r.servedOn, countingReceipt));
                }
                case NoticeRevision.SERVED_DATE -> {
                    LocalDate receipt = countingReceipt != null ? countingReceipt
                            : Stockholm.dateOf(n.countingReceivedAt.toInstant());
                    versions.add(new PeriodBasis(tenure, r.servedOn, receipt));
                }
                default -> {
                    // a withdrawal changes no period
                }
            }
        }
        if (versions.isEmpty()) {
            versions.add(new PeriodBasis(tenure(n.tenure), n.servedOn, Stockholm.dateOf(n.countingReceivedAt.toInstant())));
        }
        return versions;
    }

    static TenureKind tenure(String tenure) {
        if (tenure == null) {
            return TenureKind.RENTAL;
        }
        return TenureKind.valueOf(tenure);
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
