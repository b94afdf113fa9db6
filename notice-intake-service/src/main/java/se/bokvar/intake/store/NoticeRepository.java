package se.bokvar.intake.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.rules.notice.NoticeKind;

/** Every query on notices and their amendments, in the caller's session (and so its transaction). */
@ApplicationScoped
public class NoticeRepository {

    public Uni<Void> add(Mutiny.Session session, NoticeAmendment amendment) {
        return session.persist(amendment);
    }

    /** The notice, or null. */
    public Uni<Notice> find(Mutiny.Session session, UUID id) {
        return session.find(Notice.class, id);
    }

    /** The notice locked for an update until the transaction ends, or null. */
    public Uni<Notice> findForUpdate(Mutiny.Session session, UUID id) {
        return session.find(Notice.class, id, LockMode.PESSIMISTIC_WRITE);
    }

    /** A notice's amendments, oldest first. */
    public Uni<List<NoticeAmendment>> amendmentsOf(Mutiny.Session session, UUID noticeId) {
        return session.createSelectionQuery("from NoticeAmendment a where a.noticeId = :id order by a.receivedAt, a.id",
                NoticeAmendment.class).setParameter("id", noticeId).getResultList();
    }

    /** A page of a landlord's notices, newest first, optionally only those with a reference or of a kind. */
    public Uni<List<Notice>> page(Mutiny.Session session, String landlordId, String landlordReference, NoticeKind kind,
            int limit, int offset) {
        StringBuilder hql = new StringBuilder("from Notice n where n.landlordId = :landlord");
        if (landlordReference != null) {
            hql.append(" and n.landlordReference = :reference");
        }
        if (kind != null) {
            hql.append(" and n.kind = :kind");
        }
        hql.append(" order by n.receivedAt desc, n.id");
        Mutiny.SelectionQuery<Notice> query = session.createSelectionQuery(hql.toString(), Notice.class)
                .setParameter("landlord", landlordId);
        if (landlordReference != null) {
            query.setParameter("reference", landlordReference);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Case management registered the notice: HANDED_TO_CASE_MANAGEMENT unless withdrawn; the first registration's
     * time is kept.
     */
    public Uni<Void> markHanded(Mutiny.Session session, UUID noticeId, OffsetDateTime at) {
        return session.createNativeQuery("update notice set handed_to_case_management_at ="
                + " coalesce(handed_to_case_management_at, ?2), status = case when status = 'RECEIVED'"
                + " then 'HANDED_TO_CASE_MANAGEMENT' else status end, version = version + 1 where id = ?1")
                .setParameter(1, noticeId)
                .setParameter(2, at)
                .executeUpdate()
                .replaceWithVoid();
    }
}
