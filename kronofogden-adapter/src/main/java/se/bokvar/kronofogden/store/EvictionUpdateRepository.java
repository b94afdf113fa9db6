package se.bokvar.kronofogden.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** Kronofogden's updates to notified cases. Every method runs in the caller's session. */
@ApplicationScoped
public class EvictionUpdateRepository {

    /** The update with Kronofogden's id {@code kfmUpdateId} to a KFM case, or null. */
    public Uni<EvictionUpdate> find(Mutiny.Session session, String kfmCaseNumber, String kfmUpdateId) {
        return session.createSelectionQuery("from EvictionUpdate where kfmCaseNumber = :k and kfmUpdateId = :u",
                        EvictionUpdate.class)
                .setParameter("k", kfmCaseNumber).setParameter("u", kfmUpdateId)
                .getSingleResultOrNull();
    }

    /** The updates of a KFM case in the order they were received. */
    public Uni<List<EvictionUpdate>> listForCase(Mutiny.Session session, String kfmCaseNumber) {
        return session.createSelectionQuery("from EvictionUpdate where kfmCaseNumber = :k order by receivedAt, id",
                EvictionUpdate.class).setParameter("k", kfmCaseNumber).getResultList();
    }

    public Uni<Void> persist(Mutiny.Session session, EvictionUpdate update) {
        return session.persist(update);
    }
}
