package se.bokvar.kronofogden.store;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** The eviction notices, one per KFM case number. Every method runs in the caller's session. */
@ApplicationScoped
public class EvictionNoticeRepository {

    /** The notice of a KFM case, or null. */
    public Uni<EvictionNotice> find(Mutiny.Session session, String kfmCaseNumber) {
        return query(session, kfmCaseNumber).getSingleResultOrNull();
    }

    /** The notice of a KFM case, locked for update until the transaction ends, or null. */
    public Uni<EvictionNotice> findForUpdate(Mutiny.Session session, String kfmCaseNumber) {
        return query(session, kfmCaseNumber).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResultOrNull();
    }

    /** When the notice of a KFM case was received, or null when there is none. */
    public Uni<OffsetDateTime> receivedAt(Mutiny.Session session, String kfmCaseNumber) {
        return session.createSelectionQuery("select n.receivedAt from EvictionNotice n where n.kfmCaseNumber = :k",
                OffsetDateTime.class).setParameter("k", kfmCaseNumber).getSingleResultOrNull();
    }

    /**
     * How many notices are past their alert time ({@code now}) without an acknowledgement Kronofogden confirmed.
     */
    public Uni<Long> countUnacknowledged(Mutiny.Session session, OffsetDateTime now) {
        return session.createSelectionQuery("select count(n) from EvictionNotice n where n.acknowledgementAlertAt <= :now"
                        + " and not exists (select 1 from Delivery d where d.kind = :ack and d.status = :confirmed"
                        + " and d.kfmCaseNumber = n.kfmCaseNumber)", Long.class)
                .setParameter("now", now)
                .setParameter("ack", DeliveryKind.ACKNOWLEDGEMENT).setParameter("confirmed", DeliveryStatus.CONFIRMED)
                .getSingleResult();
    }

    public Uni<Void> persist(Mutiny.Session session, EvictionNotice notice) {
        return session.persist(notice);
    }

    private static Mutiny.SelectionQuery<EvictionNotice> query(Mutiny.Session session, String kfmCaseNumber) {
        return session.createSelectionQuery("from EvictionNotice where kfmCaseNumber = :k", EvictionNotice.class)
                .setParameter("k", kfmCaseNumber);
    }
}
