package se.bokvar.cases.app.casefile;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.CaseSummary;
import se.bokvar.cases.app.HouseholdMembers;
import se.bokvar.cases.store.CaseSearchStore;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.security.Caller;

/**
 * Lists of cases for caseworkers and supervisors: by notice, by person, the unrouted queue, overdue acknowledgements
 * (audited).
 */
@ApplicationScoped
public class FindCases {

    private final Mutiny.SessionFactory sessionFactory;
    private final AuditLog audit;
    private final CaseSearchStore search;
    private final HouseholdMembers people;
    private final Clock clock;

    @Inject
    public FindCases(Mutiny.SessionFactory sessionFactory, AuditLog audit, CaseSearchStore search,
            HouseholdMembers people, Clock clock) {
        this.sessionFactory = sessionFactory;
        this.audit = audit;
        this.search = search;
        this.people = people;
        this.clock = clock;
    }

    /** The cases (visible to the caller) that a notice was registered on. */
    public Uni<List<CaseSummary>> byNotice(Caller caller, UUID noticeId) {
        return sessionFactory.withTransaction((session, tx) -> search.byNotice(session, noticeId)
                .flatMap(cases -> {
                    List<HouseholdCase> visible = cases.stream().filter(c -> CaseAccess.mayRead(caller, c)).toList();
                    return audit.record(session, caller, "case.list", "case",
                            visible.stream().map(c -> c.id.toString()).toList(), "lookup by notice")
                            .map(v -> visible.stream().map(FindCases::summary).toList());
                }));
    }

    /** The unrouted queue: open cases no board covers, oldest first (supervisors). */
    public Uni<List<CaseSummary>> unrouted(Caller caller, int limit) {
        return sessionFactory.withTransaction((session, tx) -> search.unrouted(session, limit)
                .flatMap(cases -> audit.record(session, caller, "case.list", "case",
                        cases.stream().map(c -> c.id.toString()).toList(), "unrouted queue")
                        .map(v -> cases.stream().map(FindCases::summary).toList())));
    }

    /** Acknowledgements to Kronofogden reported OVERDUE, for the supervisor's board and the unrouted cases. */
    public Uni<List<se.bokvar.cases.app.casefile.OverdueAcknowledgement>> overdueAcknowledgements(Caller caller) {
        return sessionFactory.withTransaction((session, tx) -> search.overdueAcknowledgements(session, caller.board(), 500)
                .flatMap(rows -> {
                    List<se.bokvar.cases.app.casefile.OverdueAcknowledgement> out = rows.stream().map(r -> {
                        KfmEviction k = r.eviction();
                        HouseholdCase c = r.householdCase();
                        return new se.bokvar.cases.app.casefile.OverdueAcknowledgement(c.id, c.board, k.kfmCaseNumber, k.dueOn,
                                k.receivedAt, k.namedUser, k.ackAttempts);
                    }).toList();
                    return audit.record(session, caller, "case.list", "case",
                            out.stream().map(o -> o.caseId().toString()).distinct().toList(), "overdue acknowledgements")
                            .replaceWith(out);
                }));
    }

    /**
     * The cases (visible to the caller) where a person is in the household. The stated purpose is recorded with the
     * person's key (never the number), and the listing names the cases shown.
     */
    public Uni<List<CaseSummary>> search(Caller caller, String personalIdentityNumber, String purpose) {
        String canonical = se.bokvar.rules.identity.PersonalIdentityNumber.parse(personalIdentityNumber, clock).canonical();
        String personKey = people.personKey(canonical).orElseThrow();
        return sessionFactory.withTransaction((session, tx) -> search.byPerson(session, canonical)
                .flatMap(cases -> {
                    List<HouseholdCase> visible = cases.stream().filter(c -> CaseAccess.mayRead(caller, c)).toList();
                    return audit.record(session, caller, "person.search", "person", List.of(personKey), purpose)
                            .flatMap(v -> audit.record(session, caller, "case.list", "case",
                                    visible.stream().map(c -> c.id.toString()).toList(), purpose))
                            .replaceWith(visible.stream().map(FindCases::summary).toList());
                }));
    }

    public static CaseSummary summary(HouseholdCase c) {
        return new CaseSummary(c.id, c.board, c.status.name(), c.openedAt, c.street, c.postalCode, c.childrenKnown.name(),
                c.assignedTo, c.actByDate, c.escalation == null ? null : c.escalation.name(),
                c.inboxDeadline == null ? null : c.inboxDeadline.name(),
                c.inboxDueAt, c.hasBreachedDeadline, c.noticesWithoutPosition, c.urgent);
    }
}
