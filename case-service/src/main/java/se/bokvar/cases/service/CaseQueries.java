package se.bokvar.cases.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.CaseNotice;
import se.bokvar.cases.CasePerson;
import se.bokvar.cases.CaseStep;
import se.bokvar.cases.CaseTask;
import se.bokvar.cases.HouseholdCase;
import se.bokvar.cases.KfmEviction;
import se.bokvar.cases.access.CaseAccess;
import se.bokvar.cases.deadline.DeadlineService;
import se.bokvar.cases.rest.CaseSummary;
import se.bokvar.cases.rest.CaseView;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.deadline.DeadlineEngine;
import se.bokvar.rules.deadline.DeadlineEngine.Deadline;

/** Reads cases for caseworkers; every read is audited in the same transaction. */
@ApplicationScoped
public class CaseQueries {

    private final Mutiny.SessionFactory sessionFactory;
    private final AuditLog audit;
    private final DeadlineService deadlines;
    private final Checklist checklist;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper;
    private final People people;
    private final java.time.Clock clock;

    @Inject
    public CaseQueries(Mutiny.SessionFactory sessionFactory, AuditLog audit, DeadlineService deadlines, Checklist checklist,
            com.fasterxml.jackson.databind.ObjectMapper mapper, People people, java.time.Clock clock) {
        this.mapper = mapper;
        this.people = people;
        this.clock = clock;
        this.sessionFactory = sessionFactory;
        this.audit = audit;
        this.deadlines = deadlines;
        this.checklist = checklist;
    }

    /** A case the caller may see (404 otherwise), audited as {@code case.read}. */
    public Uni<CaseView> read(Caller caller, UUID id) {
        return sessionFactory.withTransaction((session, tx) -> visible(session, caller, id).flatMap(c -> view(session, c)
                .flatMap(view -> audit.record(session, caller, "case.read", "case", List.of(id.toString()), null)
                        .replaceWith(view))));
    }

    /** Loads a case the caller may see, or fails with 404. */
    public static Uni<HouseholdCase> visible(Mutiny.Session session, Caller caller, UUID id) {
        return session.find(HouseholdCase.class, id).map(c -> {
            if (c == null || !CaseAccess.mayRead(caller, c)) {
                throw ProblemException.notFound("Case " + id);
            }
            return c;
        });
    }

    Uni<CaseView> view(Mutiny.Session session, HouseholdCase c) {
        Uni<List<CaseNotice>> notices = session.createSelectionQuery(
                "from CaseNotice where caseId = :id order by receivedAt", CaseNotice.class).setParameter("id", c.id).getResultList();
        return notices.flatMap(ns -> session.createSelectionQuery("from CasePerson where caseId = :id order by name",
                CasePerson.class).setParameter("id", c.id).getResultList()
                .flatMap(ps -> deadlines.current(session, c)
                        .flatMap(ds -> session.createSelectionQuery("from KfmEviction where caseId = :id order by receivedAt",
                                KfmEviction.class).setParameter("id", c.id).getResultList()
                                .flatMap(ks -> session.createSelectionQuery("from CaseTask where caseId = :id order by createdAt",
                                        CaseTask.class).setParameter("id", c.id).getResultList()
                                        .flatMap(ts -> session.createSelectionQuery(
                                                "from CaseStep where caseId = :id and status = :done order by performedAt",
                                                CaseStep.class).setParameter("id", c.id).setParameter("done", CaseStep.DONE)
                                                .getResultList()
                                                .map(steps -> view(c, ns, ps, ds, ks, ts, checklist.required(c, ks, steps))))))));
    }

    /** The cases (visible to the caller) that a notice was registered on. */
    public Uni<List<CaseSummary>> byNotice(Caller caller, UUID noticeId) {
        return sessionFactory.withTransaction((session, tx) -> session.createSelectionQuery(
                "select c from HouseholdCase c where c.id in (select n.caseId from CaseNotice n where n.id = :notice)",
                HouseholdCase.class)
                .setParameter("notice", noticeId).getResultList()
                .flatMap(cases -> {
                    List<HouseholdCase> visible = cases.stream().filter(c -> CaseAccess.mayRead(caller, c)).toList();
                    return audit.record(session, caller, "case.list", "case",
                            visible.stream().map(c -> c.id.toString()).toList(), "lookup by notice")
                            .map(v -> visible.stream().map(CaseQueries::summary).toList());
                }));
    }

    /** The unrouted queue: open cases no board covers, oldest first (supervisors). */
    public Uni<List<CaseSummary>> unrouted(Caller caller, int limit) {
        return sessionFactory.withTransaction((session, tx) -> session.createSelectionQuery(
                "from HouseholdCase where board is null and status <> se.bokvar.cases.CaseStatus.CLOSED order by openedAt",
                HouseholdCase.class).setMaxResults(limit).getResultList()
                .flatMap(cases -> audit.record(session, caller, "case.list", "case",
                        cases.stream().map(c -> c.id.toString()).toList(), "unrouted queue")
                        .map(v -> cases.stream().map(CaseQueries::summary).toList())));
    }

    /** Acknowledgements to Kronofogden reported OVERDUE, for the supervisor's board and the unrouted cases. */
    public Uni<List<se.bokvar.cases.rest.OverdueAcknowledgement>> overdueAcknowledgements(Caller caller) {
        return sessionFactory.withTransaction((session, tx) -> session.createSelectionQuery(
                "select k, c from KfmEviction k, HouseholdCase c where c.id = k.caseId and k.ackStatus = 'OVERDUE'"
                        + " and (c.board = :board or c.board is null) order by k.receivedAt",
                Object[].class).setParameter("board", caller.board()).setMaxResults(500).getResultList()
                .flatMap(rows -> {
                    List<se.bokvar.cases.rest.OverdueAcknowledgement> out = rows.stream().map(r -> {
                        KfmEviction k = (KfmEviction) r[0];
                        HouseholdCase c = (HouseholdCase) r[1];
                        return new se.bokvar.cases.rest.OverdueAcknowledgement(c.id, c.board, k.kfmCaseNumber, k.dueOn,
                                k.receivedAt, k.namedUser, k.ackAttempts);
                    }).toList();
                    return audit.record(session, caller, "case.list", "case",
                            out.stream().map(o -> o.caseId().toString()).distinct().toList(), "overdue acknowledgements")
                            .replaceWith(out);
                }));
    }

    /** The tenant's copy of an acknowledgement, exactly as sent (audited). */
    public Uni<String> letter(Caller caller, UUID caseId, UUID letterId) {
        return sessionFactory.withTransaction((session, tx) -> visible(session, caller, caseId)
                .flatMap(c -> session.find(se.bokvar.cases.CaseLetter.class, letterId)).flatMap(letter -> {
                    if (letter == null || !letter.caseId.equals(caseId)) {
                        throw ProblemException.notFound("Letter " + letterId + " of case " + caseId);
                    }
                    return audit.record(session, caller, "case.letter.read", "case", List.of(caseId.toString()), null)
                            .replaceWith(letter.html);
                }));
    }

    /** The case's timeline with its deadlines as they stand (audited as {@code case.timeline}). */
    public Uni<se.bokvar.cases.rest.TimelineView> timeline(Caller caller, UUID id) {
        return sessionFactory.withTransaction((session, tx) -> visible(session, caller, id).flatMap(c -> session
                .createSelectionQuery("from TimelineEntry where caseId = :id order by at, seq", se.bokvar.cases.TimelineEntry.class)
                .setParameter("id", id).getResultList()
                .flatMap(entries -> deadlines.current(session, c).map(ds -> new se.bokvar.cases.rest.TimelineView(c.id,
                        c.status.name(), entries.stream().map(this::entry).toList(),
                        ds.stream().map(d -> new CaseView.Deadline(d.kind().name(), d.ref(), d.state().name(), d.dueOn(),
                                utc(d.endsAt()), d.actBy(), utc(d.nearAt()), note(d))).toList())))
                .flatMap(view -> audit.record(session, caller, "case.timeline", "case", List.of(id.toString()), null)
                        .replaceWith(view))));
    }

    @SuppressWarnings("unchecked")
    private se.bokvar.cases.rest.TimelineView.Entry entry(se.bokvar.cases.TimelineEntry e) {
        java.util.Map<String, Object> details = null;
        if (e.details != null) {
            try {
                details = mapper.readValue(e.details, java.util.Map.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                details = java.util.Map.of();
            }
        }
        return new se.bokvar.cases.rest.TimelineView.Entry(e.at, e.kind, e.summary, e.actor, e.ref, details);
    }

    /**
     * The cases (visible to the caller) where a person is in the household. The stated purpose is recorded with the
     * person's key (never the number), and the listing names the cases shown.
     */
    public Uni<List<CaseSummary>> search(Caller caller, String personalIdentityNumber, String purpose) {
        String canonical = se.bokvar.rules.identity.PersonalIdentityNumber.parse(personalIdentityNumber, clock).canonical();
        String personKey = people.personKey(canonical).orElseThrow();
        return sessionFactory.withTransaction((session, tx) -> session.createSelectionQuery(
                "select c from HouseholdCase c where c.id in (select p.caseId from CasePerson p where p.personalIdentityNumber = :pin)"
                        + " order by c.openedAt desc", HouseholdCase.class)
                .setParameter("pin", canonical).getResultList()
                .flatMap(cases -> {
                    List<HouseholdCase> visible = cases.stream().filter(c -> CaseAccess.mayRead(caller, c)).toList();
                    return audit.record(session, caller, "person.search", "person", List.of(personKey), purpose)
                            .flatMap(v -> audit.record(session, caller, "case.list", "case",
                                    visible.stream().map(c -> c.id.toString()).toList(), purpose))
                            .replaceWith(visible.stream().map(CaseQueries::summary).toList());
                }));
    }

    public static CaseSummary summary(HouseholdCase c) {
        return new CaseSummary(c.id, c.board, c.status.name(), c.openedAt, c.street, c.postalCode, c.childrenKnown,
                c.assignedTo, c.actByDate, c.escalation == null ? null : c.escalation.name(), c.inboxDeadline,
                c.inboxDueAt, c.hasBreachedDeadline, c.noticesWithoutPosition, c.urgent);
    }

    static CaseView view(HouseholdCase c, List<CaseNotice> notices, List<CasePerson> people, List<Deadline> deadlines,
            List<KfmEviction> evictions, List<CaseTask> tasks, List<CaseView.Required> required) {
        Deadline current = DeadlineService.currentRecoveryPeriod(deadlines);
        CaseView.RecoveryPeriod period = current == null ? null
                : new CaseView.RecoveryPeriod(current.recoveryPeriod().start(), current.recoveryPeriod().nominalEnd(),
                        current.recoveryPeriod().lastDay(), current.recoveryPeriod().provisional(), current.actBy(),
                        current.state().name(), current.ref());
        List<CaseView.Deadline> all = new ArrayList<>();
        for (Deadline d : deadlines) {
            all.add(new CaseView.Deadline(d.kind().name(), d.ref(), d.state().name(), d.dueOn(), utc(d.endsAt()),
                    d.actBy(), utc(d.nearAt()), note(d)));
        }
        return new CaseView(c.id, c.board, c.unit, c.status.name(), c.openedAt, c.assignedTo,
                new CaseView.Address(c.street, c.postalCode, c.city, c.flatNumber), c.childrenKnown,
                people.stream().map(p -> new CaseView.Person(p.personalIdentityNumber, p.coordinationNumber, p.name, p.role)).toList(),
                notices.stream().map(n -> new CaseView.Notice(n.id, n.kind, n.source, n.senderId, n.senderReference,
                        n.receivedAt, n.servedOn, n.monthlyRent, n.debtAmount, n.monthsInArrears, n.status, n.revision,
                        n.otherSource, n.kfmCaseNumber, n.evictionAt,
                        n.position == null ? null : new CaseView.Position(n.position, n.positionReason, n.positionBy, n.positionAt)))
                        .toList(),
                new CaseView.Deadlines(period, all), c.escalation.name(), c.urgent, c.previousCaseId,
                c.noticesWithoutPosition,
                evictions.stream().map(k -> new CaseView.Eviction(k.kfmCaseNumber, k.receivedAt, k.evictionAt, k.status,
                        k.namedUser, k.namedBasis, k.namedSequence, k.ackStatus)).toList(),
                tasks.stream().map(t -> new CaseView.Task(t.id, t.unit, t.kind, t.createdAt, t.doneAt)).toList(),
                required,
                c.closedAt == null ? null : new CaseView.Closing(c.closedAt, c.outcome, c.outcomeDetail, c.outcomeNote));
    }

    static String note(Deadline d) {
        return switch (d.kind()) {
            case RECOVERY_PERIOD -> {
                if (d.recoveryPeriod().provisional()) {
                    yield "Counted from the receipt until the served date is known: the earliest day the period can end";
                }
                if (!d.actBy().equals(d.dueOn())) {
                    yield "A correction restarted the period; act by the earlier date";
                }
                yield d.recoveryPeriod().wasMoved() ? "Moved by lag (1930:173) from " + d.recoveryPeriod().nominalEnd() : null;
            }
            case PRE_ASSESSMENT -> "A guideline: target " + d.preAssessment().target() + ", limit " + d.dueOn()
                    + d.preAssessment().extensionReason().map(r -> " (extended: " + r + ")").orElse("");
            case KFM_ACKNOWLEDGEMENT -> "Acknowledge to Kronofogden the same day, naming the responsible caseworker";
            case EVICTION -> "Attend the eviction unless agreed otherwise with Kronofogden";
        };
    }

    static OffsetDateTime utc(java.time.Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static DeadlineEngine.Kind kind(String name) {
        return DeadlineEngine.Kind.valueOf(name);
    }
}
