package se.bokvar.cases.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.CaseNotice;
import se.bokvar.cases.CasePerson;
import se.bokvar.cases.HouseholdCase;
import se.bokvar.cases.access.CaseAccess;
import se.bokvar.cases.rest.CaseSummary;
import se.bokvar.cases.rest.CaseView;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.security.Caller;

/** Reads cases for caseworkers; every read is audited in the same transaction. */
@ApplicationScoped
public class CaseQueries {

    private final Mutiny.SessionFactory sessionFactory;
    private final AuditLog audit;

    @Inject
    public CaseQueries(Mutiny.SessionFactory sessionFactory, AuditLog audit) {
        this.sessionFactory = sessionFactory;
        this.audit = audit;
    }

    public Uni<CaseView> read(Caller caller, UUID id) {
        return sessionFactory.withTransaction((session, tx) -> session.find(HouseholdCase.class, id).flatMap(c -> {
            if (c == null || !CaseAccess.mayRead(caller, c)) {
                return Uni.createFrom().failure(ProblemException.notFound("Case " + id));
            }
            Uni<List<CaseNotice>> notices = session.createSelectionQuery(
                    "from CaseNotice where caseId = :id order by receivedAt", CaseNotice.class)
                    .setParameter("id", id).getResultList();
            Uni<List<CasePerson>> people = session.createSelectionQuery(
                    "from CasePerson where caseId = :id order by name", CasePerson.class)
                    .setParameter("id", id).getResultList();
            return notices.flatMap(ns -> people.flatMap(ps -> audit
                    .record(session, caller, "case.read", "case", List.of(id.toString()), null)
                    .map(v -> view(c, ns, ps))));
        }));
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

    static CaseSummary summary(HouseholdCase c) {
        return new CaseSummary(c.id, c.board, c.status.name(), c.openedAt, c.street, c.postalCode, c.childrenKnown,
                c.assignedTo, c.actByDate);
    }

    static CaseView view(HouseholdCase c, List<CaseNotice> notices, List<CasePerson> people) {
        CaseView.RecoveryPeriod period = c.recoveryPeriodLastDay == null ? null
                : new CaseView.RecoveryPeriod(c.recoveryPeriodStart, c.recoveryPeriodNominalEnd, c.recoveryPeriodLastDay,
                        Boolean.TRUE.equals(c.recoveryPeriodProvisional), c.actByDate);
        return new CaseView(c.id, c.board, c.unit, c.status.name(), c.openedAt, c.assignedTo,
                new CaseView.Address(c.street, c.postalCode, c.city, c.flatNumber), c.childrenKnown,
                people.stream().map(p -> new CaseView.Person(p.personalIdentityNumber, p.coordinationNumber, p.name, p.role)).toList(),
                notices.stream().map(n -> new CaseView.Notice(n.id, n.kind, n.source, n.senderId, n.senderReference,
                        n.receivedAt, n.servedOn, n.monthlyRent, n.debtAmount, n.monthsInArrears)).toList(),
                new CaseView.Deadlines(period));
    }
}
