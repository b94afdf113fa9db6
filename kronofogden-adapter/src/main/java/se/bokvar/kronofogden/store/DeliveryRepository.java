package se.bokvar.kronofogden.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** The outbound deliveries and their attempts. Every method runs in the caller's session. */
@ApplicationScoped
public class DeliveryRepository {

    /** The delivery, or null. */
    public Uni<Delivery> find(Mutiny.Session session, UUID id) {
        return session.find(Delivery.class, id);
    }

    /** The delivery, locked for update until the transaction ends, or null. */
    public Uni<Delivery> findForUpdate(Mutiny.Session session, UUID id) {
        return session.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The latest acknowledgement of a KFM case that was not superseded, or null. */
    public Uni<Delivery> latestAcknowledgement(Mutiny.Session session, String kfmCaseNumber) {
        return session.createSelectionQuery("from Delivery where kfmCaseNumber = :k and kind = :kind"
                        + " and status <> :superseded order by sequence desc", Delivery.class)
                .setParameter("k", kfmCaseNumber).setParameter("kind", DeliveryKind.ACKNOWLEDGEMENT)
                .setParameter("superseded", DeliveryStatus.SUPERSEDED)
                .setMaxResults(1).getSingleResultOrNull();
    }

    /** Whether an acknowledgement of a later naming than {@code sequence} exists for the KFM case. */
    public Uni<Boolean> laterNamingExists(Mutiny.Session session, String kfmCaseNumber, int sequence) {
        return session.createSelectionQuery("select count(d) from Delivery d where d.kind = :kind and d.kfmCaseNumber = :k"
                        + " and d.sequence > :s", Long.class)
                .setParameter("kind", DeliveryKind.ACKNOWLEDGEMENT).setParameter("k", kfmCaseNumber)
                .setParameter("s", sequence)
                .getSingleResult().map(n -> n > 0);
    }

    /** Marks the pending acknowledgements and letters of earlier namings than {@code sequence} superseded. */
    public Uni<Integer> supersedeEarlier(Mutiny.Session session, String kfmCaseNumber, int sequence) {
        return session.createMutationQuery("update Delivery set status = :superseded where kind in (:kinds)"
                        + " and kfmCaseNumber = :k and sequence < :s and status = :pending")
                .setParameter("superseded", DeliveryStatus.SUPERSEDED)
                .setParameter("kinds", List.of(DeliveryKind.ACKNOWLEDGEMENT, DeliveryKind.TENANT_LETTER))
                .setParameter("k", kfmCaseNumber).setParameter("s", sequence)
                .setParameter("pending", DeliveryStatus.PENDING)
                .executeUpdate();
    }

    /**
     * Pending acknowledgements past their alert time whose supervisors were not alerted yet, locked (skipping those
     * another replica holds), at most {@code limit}.
     */
    public Uni<List<Delivery>> claimOverdueUnalerted(Mutiny.Session session, OffsetDateTime now, int limit) {
        return session.createSelectionQuery("from Delivery where kind = :ack and status = :pending"
                        + " and overdueAlertedAt is null and overdueAt <= :now order by overdueAt", Delivery.class)
                .setParameter("ack", DeliveryKind.ACKNOWLEDGEMENT).setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit).setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                .getResultList();
    }

    /**
     * Pending deliveries due at {@code now} and not leased, locked (skipping those another replica holds), at most
     * {@code limit}.
     */
    public Uni<List<Delivery>> claimDue(Mutiny.Session session, OffsetDateTime now, int limit) {
        return session.createSelectionQuery("from Delivery where status = :pending"
                        + " and nextAttemptAt <= :now and (leaseUntil is null or leaseUntil <= :now) order by nextAttemptAt",
                        Delivery.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now)
                .setMaxResults(limit).setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                .getResultList();
    }

    /** Confirmed acknowledgements of the KFM case other than {@code exceptId}. */
    public Uni<Long> countOtherConfirmedAcknowledgements(Mutiny.Session session, String kfmCaseNumber, UUID exceptId) {
        return session.createSelectionQuery("select count(x) from Delivery x where x.kind = :ack and x.kfmCaseNumber = :k"
                        + " and x.status = :confirmed and x.id <> :id", Long.class)
                .setParameter("ack", DeliveryKind.ACKNOWLEDGEMENT).setParameter("k", kfmCaseNumber)
                .setParameter("confirmed", DeliveryStatus.CONFIRMED).setParameter("id", exceptId)
                .getSingleResult();
    }

    /** The pending deliveries per kind (kinds without any are left out). */
    public Uni<List<PendingDeliveryCount>> countPendingByKind(Mutiny.Session session) {
        return session.createSelectionQuery("select new se.bokvar.kronofogden.store.PendingDeliveryCount(d.kind, count(d))"
                        + " from Delivery d where d.status = :pending group by d.kind", PendingDeliveryCount.class)
                .setParameter("pending", DeliveryStatus.PENDING).getResultList();
    }

    /** Pending acknowledgements whose supervisors were alerted. */
    public Uni<Long> countOverduePending(Mutiny.Session session) {
        return session.createSelectionQuery("select count(d) from Delivery d where d.kind = :ack and d.status = :pending"
                        + " and d.overdueAlertedAt is not null", Long.class)
                .setParameter("ack", DeliveryKind.ACKNOWLEDGEMENT).setParameter("pending", DeliveryStatus.PENDING)
                .getSingleResult();
    }

    public Uni<Void> persistAll(Mutiny.Session session, Object... entities) {
        return session.persistAll(entities);
    }

    public Uni<Void> persistAttempt(Mutiny.Session session, DeliveryAttempt attempt) {
        return session.persist(attempt);
    }
}
