package se.bokvar.cases.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** The SQL of Kronofogden's evictions on cases: the namings of the responsible caseworker and the periodic scan. */
@ApplicationScoped
public class EvictionStore {

    static final String NAMING_ONCE = "insert into responsible_naming (case_id, kfm_case_number, sequence, user_id, basis,"
            + " named_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing";
    // HQL rather than native SQL, for the query-plan cache (see CaseLocator)
    static final String DUE_DEADLINES = "select distinct caseId from CaseDeadline where nextCheckAt <= :now";
    static final String DUE_NAMINGS = "select distinct caseId from KfmEviction where namedSequence = 0 and cutOffAt <= :now";

    /** A naming of the responsible caseworker (the row's key is the guard against two replicas naming the same sequence). */
    public record Naming(UUID caseId, String kfmCaseNumber, int sequence, String userId, String basis, OffsetDateTime namedAt) {
    }

    /** Records the naming unless another instance made it; true when this one did. */
    public Uni<Boolean> nameOnce(Mutiny.Session session, Naming n) {
        return session.createNativeQuery(NAMING_ONCE)
                .setParameter(1, n.caseId()).setParameter(2, n.kfmCaseNumber()).setParameter(3, n.sequence())
                .setParameter(4, n.userId()).setParameter(5, n.basis()).setParameter(6, n.namedAt())
                .executeUpdate().map(inserted -> inserted > 0);
    }

    /** The evictions of the case still without a naming. */
    public Uni<List<KfmEviction>> unnamed(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from KfmEviction where caseId = :id and namedSequence = 0", KfmEviction.class)
                .setParameter("id", caseId).getResultList();
    }

    /** Cases whose deadlines may have an alert due at {@code now}. */
    public Uni<List<UUID>> casesWithDeadlineChecksDue(Mutiny.Session session, OffsetDateTime now, int limit) {
        return ids(session, DUE_DEADLINES, now, limit);
    }

    /** Cases with an eviction whose cut-off passed without a naming. */
    public Uni<List<UUID>> casesWithNamingsDue(Mutiny.Session session, OffsetDateTime now, int limit) {
        return ids(session, DUE_NAMINGS, now, limit);
    }

    private static Uni<List<UUID>> ids(Mutiny.Session session, String sql, OffsetDateTime now, int limit) {
        return session.createSelectionQuery(sql, UUID.class).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** The case, locked, unless another replica holds it (then empty: it is that replica's work). */
    public Uni<List<HouseholdCase>> lockUnlessLocked(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from HouseholdCase where id = :id", HouseholdCase.class).setParameter("id", caseId)
                .setLockMode(LockMode.UPGRADE_SKIPLOCKED).getResultList();
    }
}
