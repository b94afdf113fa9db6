package se.bokvar.cases.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.rules.casework.Stage;

/**
 * Finds the household's case for a notice (docs/cases.md, "Household, tenancy and which case a notice belongs to"):
 * <ol>
 * <li>when both the notice and an open case name the flat: the open case of the same tenancy (tenancy key);</li>
 * <li>when either lacks the flat number (Kronofogden's notices often do): an open case in the same building
 * (building key) that shares at least one tenant's personnummer;</li>
 * <li>otherwise a new case, linked to the household's most recent closed case found the same way.</li>
 * </ol>
 * All of it runs under a transaction-scoped advisory lock on the building key, so two replicas (or the notice and
 * eviction consumers) never open two cases for one household at once. The case found is locked (FOR UPDATE).
 */
@ApplicationScoped
public class CaseLocator {

    static final String LOCK_BUILDING = "select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 7))) x";

    /*
     * The match is HQL, not native SQL: Hibernate Reactive (3.4) wraps a native query's result mapping in a class
     * without equals, so every native select misses the query-plan cache and adds an entry under the same hash;
     * the entries pile up in one bin, each look-up compares them one by one, and they crowd the HQL plans out of the
     * cache (docs/benchmarks.md, issue 14, third step). The lock runs as an update for the same reason.
     */
    private static final String BY_FLAT = "(c.flatNumber is not null and c.tenancyKey = :tenancy)"
            + " or (c.flatNumber is null and %s)";
    private static final String BY_PEOPLE = "c.buildingKey = :building and exists (select 1 from CasePerson p"
            + " where p.caseId = c.id and p.personalIdentityNumber in :people)";
    private static final String MATCH = "from HouseholdCase c where c.status %s :closed and (%s)"
            + " order by case when c.tenancyKey = :tenancy then 0 else 1 end, %s";

    static final String OPEN_BY_FLAT = MATCH.formatted("<>", BY_FLAT.formatted(BY_PEOPLE), "c.openedAt");
    static final String OPEN_BY_PEOPLE = MATCH.formatted("<>", BY_PEOPLE, "c.openedAt");
    static final String CLOSED_BY_FLAT = MATCH.formatted("=", BY_FLAT.formatted(BY_PEOPLE), "c.closedAt desc");
    static final String CLOSED_BY_PEOPLE = MATCH.formatted("=", BY_PEOPLE, "c.closedAt desc");

    /** Many buildings' locks in one statement, in a fixed order (two batches never wait for each other in a circle). */
    static final String LOCK_BUILDINGS = "select 1 from (select pg_advisory_xact_lock(hashtextextended(k, 7))"
            + " from (select distinct k from unnest(cast(?1 as text[])) k order by k) keys) x";
    /** Every case in the buildings, with those of its people who are among the given ones. */
    static final String IN_BUILDINGS = "select c.tenancyKey, c.buildingKey, p.personalIdentityNumber from HouseholdCase c"
            + " left join CasePerson p on p.caseId = c.id and p.personalIdentityNumber in :people"
            + " where c.buildingKey in :buildings";

    /** A case in a building, and one of the people asked about who is on it (null if none is). */
    public record BuildingCase(String tenancyKey, String buildingKey, String personalIdentityNumber) {
    }

    /** Takes the buildings' locks for the rest of the transaction, as {@link #lockBuilding} does for one. */
    public Uni<Void> lockBuildings(Mutiny.Session session, Collection<String> buildingKeys) {
        return session.createNativeQuery(LOCK_BUILDINGS).setParameter(1, buildingKeys.toArray(String[]::new))
                .executeUpdate().replaceWithVoid();
    }

    /**
     * Every case, open or closed, in the buildings (one row per case, or per case and person among {@code people}):
     * a household none of whose cases is here has no case at all (call {@link #lockBuildings} first).
     */
    public Uni<List<BuildingCase>> casesInBuildings(Mutiny.Session session, Collection<String> buildingKeys,
            Collection<String> people) {
        return session.createSelectionQuery(IN_BUILDINGS, Object[].class)
                .setParameter("buildings", buildingKeys)
                .setParameter("people", people.isEmpty() ? List.of("") : people)
                .getResultList()
                .map(rows -> rows.stream().map(r -> new BuildingCase((String) r[0], (String) r[1], (String) r[2])).toList());
    }

    /** Takes the building's lock for the rest of the transaction. */
    public Uni<Void> lockBuilding(Mutiny.Session session, String buildingKey) {
        return session.createNativeQuery(LOCK_BUILDING).setParameter(1, buildingKey).executeUpdate().replaceWithVoid();
    }

    /**
     * Who a notice names, as the match needs it.
     *
     * @param flatKnown whether the notice names the flat
     * @param personalIdentityNumbers the tenants' canonical personnummer
     */
    public record Household(boolean flatKnown, String tenancyKey, String buildingKey, List<String> personalIdentityNumbers) {
    }

    /** The household's open case, locked; call {@link #lockBuilding} first. */
    public Uni<Optional<HouseholdCase>> openCase(Mutiny.Session session, Household household) {
        return match(session, household.flatKnown() ? OPEN_BY_FLAT : OPEN_BY_PEOPLE, household, LockMode.PESSIMISTIC_WRITE);
    }

    /** The household's most recently closed case, if any. */
    public Uni<Optional<HouseholdCase>> previousCase(Mutiny.Session session, Household household) {
        return match(session, household.flatKnown() ? CLOSED_BY_FLAT : CLOSED_BY_PEOPLE, household, LockMode.NONE);
    }

    private Uni<Optional<HouseholdCase>> match(Mutiny.Session session, String hql, Household household, LockMode lock) {
        // no personnummer: a value no person has, so the match is by flat only
        List<String> people = household.personalIdentityNumbers().isEmpty() ? List.of("")
                : household.personalIdentityNumbers();
        return session.createSelectionQuery(hql, HouseholdCase.class)
                .setParameter("closed", Stage.CLOSED)
                .setParameter("tenancy", household.tenancyKey())
                .setParameter("building", household.buildingKey())
                .setParameter("people", people)
                .setMaxResults(1)
                .setLockMode(lock)
                .getResultList()
                .map(list -> list.stream().findFirst());
    }
}
