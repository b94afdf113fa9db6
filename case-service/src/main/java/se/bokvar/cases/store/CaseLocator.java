package se.bokvar.cases.store;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

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

    static final String MATCH = """
            select c.* from household_case c
            where c.status %s 'CLOSED' and (
                (?1 and c.flat_number is not null and c.tenancy_key = ?2)
                or ((not ?1 or c.flat_number is null) and c.building_key = ?3
                    and exists (select 1 from case_person p where p.case_id = c.id
                                and p.personal_identity_number = any(?4))))
            order by case when c.tenancy_key = ?2 then 0 else 1 end, %s
            limit 1
            """;

    static final String OPEN = MATCH.formatted("<>", "c.opened_at") + " for update of c";
    static final String CLOSED = MATCH.formatted("=", "c.closed_at desc");

    /** Takes the building's lock for the rest of the transaction. */
    public Uni<Void> lockBuilding(Mutiny.Session session, String buildingKey) {
        return session.createNativeQuery(LOCK_BUILDING).setParameter(1, buildingKey).getSingleResult().replaceWithVoid();
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
        return match(session, OPEN, household);
    }

    /** The household's most recently closed case, if any. */
    public Uni<Optional<HouseholdCase>> previousCase(Mutiny.Session session, Household household) {
        return match(session, CLOSED, household);
    }

    private Uni<Optional<HouseholdCase>> match(Mutiny.Session session, String sql, Household household) {
        return session.createNativeQuery(sql, HouseholdCase.class)
                .setParameter(1, household.flatKnown())
                .setParameter(2, household.tenancyKey())
                .setParameter(3, household.buildingKey())
                .setParameter(4, household.personalIdentityNumbers().toArray(String[]::new))
                .getResultList()
                .map(list -> list.stream().findFirst());
    }
}
