package se.bokvar.consent.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** The consents and their versions: every query on {@code consent} and {@code consent_version}. */
@ApplicationScoped
public class ConsentRepository {

    /** The consent, or null. */
    public Uni<ConsentRow> find(Mutiny.Session session, UUID consentId) {
        return session.find(ConsentRow.class, consentId);
    }

    /** The consents of a case, oldest first; of one person (by key) only, unless {@code personKey} is null. */
    public Uni<List<ConsentRow>> ofCase(Mutiny.Session session, UUID caseId, String personKey) {
        if (personKey == null) {
            return session.createSelectionQuery("from ConsentRow where caseId = :c order by createdAt, id", ConsentRow.class)
                    .setParameter("c", caseId).getResultList();
        }
        return session.createSelectionQuery("from ConsentRow where caseId = :c and personKey = :p order by createdAt, id",
                ConsentRow.class).setParameter("c", caseId).setParameter("p", personKey).getResultList();
    }

    /**
     * Every consent of one person, on any case and of any board, oldest first: those recorded under the person's key
     * or with the person's personnummer (canonical 12 digits). For the register extract only.
     */
    public Uni<List<ConsentRow>> ofPerson(Mutiny.Session session, String personKey, String personalIdentityNumber) {
        return session.createSelectionQuery("from ConsentRow where personKey = :k or personalIdentityNumber = :p"
                + " order by createdAt, id", ConsentRow.class)
                .setParameter("k", personKey).setParameter("p", personalIdentityNumber).getResultList();
    }

    /** The versions of the given consents, each list oldest first. */
    public Uni<Map<UUID, List<ConsentVersionRow>>> versions(Mutiny.Session session, Collection<UUID> consentIds) {
        if (consentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createSelectionQuery("from ConsentVersionRow where consentId in :ids order by consentId, version",
                ConsentVersionRow.class).setParameter("ids", consentIds).getResultList().map(rows -> {
                    Map<UUID, List<ConsentVersionRow>> byConsent = new LinkedHashMap<>();
                    for (ConsentVersionRow row : rows) {
                        byConsent.computeIfAbsent(row.consentId, k -> new ArrayList<>()).add(row);
                    }
                    return byConsent;
                });
    }

    /**
     * Serialises changes to one consent: holds a transaction-scoped advisory lock on it, so that concurrent changes
     * and withdrawals each see the version the previous one wrote (no lost update, no version written twice).
     */
    public Uni<Void> lock(Mutiny.Session session, UUID consentId) {
        // run as an update: a native select never hits Hibernate Reactive's query-plan cache (see case-service's
        // CaseLocator) and would fill it
        return session.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l")
                .setParameter(1, consentId.getMostSignificantBits() ^ consentId.getLeastSignificantBits())
                .executeUpdate().replaceWithVoid();
    }

    /** Writes a new consent (its first version follows with {@link #insert(Mutiny.Session, ConsentVersionRow)}). */
    public Uni<Void> insert(Mutiny.Session session, ConsentRow consent) {
        return session.persist(consent).chain(session::flush);
    }

    /** Appends a version; a second writer of the same version number fails on the unique key. */
    public Uni<Void> insert(Mutiny.Session session, ConsentVersionRow version) {
        return session.persist(version).chain(session::flush);
    }
}
