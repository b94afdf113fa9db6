package se.bokvar.cases.app.casefile;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.Checklist;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.store.CaseFileStore;
import se.bokvar.cases.store.CaseNotice;
import se.bokvar.cases.store.CasePerson;
import se.bokvar.cases.store.CaseTask;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.cases.store.LowerCaseColumn;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.deadline.DeadlineEngine.Deadline;
import se.bokvar.rules.deadline.RecoveryPeriod;

/**
 * A case as its caseworkers see it: the household, notices and positions, deadlines, evictions, tasks and required
 * steps (audited).
 */
@ApplicationScoped
public class ReadCase {

    private final Mutiny.SessionFactory sessionFactory;
    private final AuditLog audit;
    private final DeadlineService deadlines;
    private final Checklist checklist;
    private final CaseFileStore files;

    @Inject
    public ReadCase(Mutiny.SessionFactory sessionFactory, AuditLog audit, DeadlineService deadlines,
            Checklist checklist, CaseFileStore files) {
        this.sessionFactory = sessionFactory;
        this.audit = audit;
        this.deadlines = deadlines;
        this.checklist = checklist;
        this.files = files;
    }

    /** A case the caller may see (404 otherwise), audited as {@code case.read}. */
    public Uni<CaseView> read(Caller caller, UUID id) {
        return sessionFactory.withTransaction((session, tx) -> CaseAccess.visible(session, caller, id).flatMap(c -> view(session, c)
                .flatMap(view -> audit.record(session, caller, "case.read", "case", List.of(id.toString()), null)
                        .replaceWith(view))));
    }

    Uni<CaseView> view(Mutiny.Session session, HouseholdCase c) {
        return files.notices(session, c.id).flatMap(ns -> files.people(session, c.id)
                .flatMap(ps -> deadlines.current(session, c)
                        .flatMap(ds -> files.evictions(session, c.id)
                                .flatMap(ks -> files.tasks(session, c.id)
                                        .flatMap(ts -> files.doneSteps(session, c.id)
                                                .map(steps -> view(c, ns, ps, ds, ks, ts, checklist.required(c, ks, steps).stream()
                                                        .map(r -> new CaseView.Required(r.kind(), r.ref(), r.done())).toList())))))));
    }

    static CaseView view(HouseholdCase c, List<CaseNotice> notices, List<CasePerson> people, List<Deadline> deadlines,
            List<KfmEviction> evictions, List<CaseTask> tasks, List<CaseView.Required> required) {
        Deadline current = DeadlineService.currentRecoveryPeriod(deadlines);
        RecoveryPeriod rp = current == null ? null : current.recoveryPeriod();
        CaseView.RecoveryPeriod period = current == null ? null
                : new CaseView.RecoveryPeriod(rp.start(), rp.nominalEnd(), rp.lastDay(), rp.provisional(), current.actBy(),
                        current.state().name(), current.ref(), rp.legalBasis(), rp.movedBecause());
        List<CaseView.Deadline> all = new ArrayList<>();
        for (Deadline d : deadlines) {
            all.add(new CaseView.Deadline(d.kind().name(), d.ref(), d.state().name(), d.dueOn(), utc(d.endsAt()),
                    d.actBy(), utc(d.nearAt()), note(d)));
        }
        return new CaseView(c.id, c.board, c.unit.value(), c.status.name(), c.openedAt, c.assignedTo,
                new CaseView.Address(c.street, c.postalCode, c.city, c.flatNumber), c.childrenKnown.name(),
                people.stream().map(p -> new CaseView.Person(p.personalIdentityNumber, p.coordinationNumber, p.name,
                        LowerCaseColumn.text(p.role))).toList(),
                notices.stream().map(n -> new CaseView.Notice(n.id, n.kind.name(), n.source.value(), n.senderId, n.senderReference,
                        n.receivedAt, n.servedOn, n.monthlyRent, n.debtAmount, n.monthsInArrears, n.status.name(), n.revision,
                        n.otherSource, n.kfmCaseNumber, n.evictionAt,
                        n.position == null ? null : new CaseView.Position(n.position, n.positionReason, n.positionBy, n.positionAt)))
                        .toList(),
                new CaseView.Deadlines(period, all), c.escalation.name(), c.urgent, c.previousCaseId,
                c.noticesWithoutPosition,
                evictions.stream().map(k -> new CaseView.Eviction(k.kfmCaseNumber, k.receivedAt, k.evictionAt, k.status.name(),
                        k.namedUser, k.namedBasis, k.namedSequence, k.ackStatus == null ? null : k.ackStatus.name())).toList(),
                tasks.stream().map(t -> new CaseView.Task(t.id, t.unit.value(), t.kind.name(), t.createdAt, t.doneAt)).toList(),
                required,
                c.closedAt == null ? null : new CaseView.Closing(c.closedAt, c.outcome == null ? null : c.outcome.name(),
                        c.outcomeDetail == null ? null : c.outcomeDetail.name(), c.outcomeNote));
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
}
