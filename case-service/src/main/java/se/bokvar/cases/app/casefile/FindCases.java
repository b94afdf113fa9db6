package se.bokvar.cases.app.casefile;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
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
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.routing.PostalCode;

/**
 * Lists of cases for caseworkers and supervisors: by notice, the search (person, address, Kronofogden case number,
 * landlord reference), the unrouted queue, overdue acknowledgements (audited).
 */
@ApplicationScoped
public class FindCases {

    private final Mutiny.SessionFactory sessionFactory;
    private final AuditLog audit;
    private final CaseSearchStore search;
    private final HouseholdMembers people;
    private final Clock clock;
    private final TenancyKeys keys;

    @Inject
    public FindCases(Mutiny.SessionFactory sessionFactory, AuditLog audit, CaseSearchStore search,
            HouseholdMembers people, Clock clock, TenancyKeys keys) {
        this.keys = keys;
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
     * The cases visible to the caller (their board and unit) that match the criterion, in inbox order. The search
     * is audited with its stated purpose and what was searched for: a person by their key, an address by its
     * building key (never in clear), a Kronofogden case number or a landlord's reference as given; the listing
     * names the cases shown.
     */
    public Uni<List<CaseSummary>> search(Caller caller, SearchCriterion criterion, String purpose) {
        Searched searched = searched(criterion);
        return sessionFactory.withTransaction((session, tx) -> searched.cases().apply(session)
                .flatMap(cases -> {
                    List<HouseholdCase> visible = cases.stream().filter(c -> CaseAccess.mayRead(caller, c))
                            .sorted(INBOX_ORDER).toList();
                    return audit.record(session, caller, searched.action(), searched.resourceType(),
                            List.of(searched.resourceId()), purpose)
                            .flatMap(v -> audit.record(session, caller, "case.list", "case",
                                    visible.stream().map(c -> c.id.toString()).toList(), purpose))
                            .replaceWith(visible.stream().map(FindCases::summary).toList());
                }));
    }

    /** The inbox's order: the nearest deadline first, cases without one last. */
    static final Comparator<HouseholdCase> INBOX_ORDER = Comparator
            .comparing((HouseholdCase c) -> c.inboxDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> c.id);

    private record Searched(String action, String resourceType, String resourceId,
            Function<Mutiny.Session, Uni<List<HouseholdCase>>> cases) {
    }

    private Searched searched(SearchCriterion criterion) {
        if (criterion instanceof SearchCriterion.Person p) {
            String canonical = PersonalIdentityNumber.parse(p.personalIdentityNumber(), clock).canonical();
            return new Searched("person.search", "person", people.personKey(canonical).orElseThrow(),
                    session -> search.byPerson(session, canonical));
        }
        if (criterion instanceof SearchCriterion.Address a) {
            PostalCode postalCode = PostalCode.parse(a.postalCode()); // checked by the request
            String building;
            try {
                building = keys.buildingKey(postalCode, a.street());
            } catch (IllegalArgumentException e) {
                throw ProblemException.validation("street", "has no letters or digits to search by");
            }
            return new Searched("address.search", "building", building, session -> search.byBuilding(session, building));
        }
        if (criterion instanceof SearchCriterion.KfmCase k) {
            return new Searched("eviction.search", "kfm-case", k.kfmCaseNumber(),
                    session -> search.byKfmCase(session, k.kfmCaseNumber()));
        }
        SearchCriterion.LandlordReference r = (SearchCriterion.LandlordReference) criterion;
        return new Searched("notice.search", "landlord-reference", r.reference(),
                session -> search.byLandlordReference(session, r.reference()));
    }

    public static CaseSummary summary(HouseholdCase c) {
        return new CaseSummary(c.id, c.board, c.status.name(), c.openedAt, c.street, c.postalCode, c.childrenKnown.name(),
                c.assignedTo, c.actByDate, c.escalation == null ? null : c.escalation.name(),
                c.inboxDeadline == null ? null : c.inboxDeadline.name(),
                c.inboxDueAt, c.hasBreachedDeadline, c.noticesWithoutPosition, c.urgent);
    }
}
