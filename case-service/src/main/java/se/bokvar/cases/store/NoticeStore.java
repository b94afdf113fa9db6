package se.bokvar.cases.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** The SQL of notices, their revisions and the evictions they notified. */
@ApplicationScoped
public class NoticeStore {

    /** The case a notice is registered on, if it is. */
    /** Which of the notices are registered already. */
    public Uni<List<UUID>> registered(Mutiny.Session session, java.util.Collection<UUID> noticeIds) {
        return session.createSelectionQuery("select n.id from CaseNotice n where n.id in :ids", UUID.class)
                .setParameter("ids", noticeIds).getResultList();
    }

    public Uni<Optional<UUID>> caseOf(Mutiny.Session session, UUID noticeId) {
        return session.createSelectionQuery("select caseId from CaseNotice where id = :id", UUID.class)
                .setParameter("id", noticeId).getResultList().map(rows -> rows.stream().findFirst());
    }

    /** Whether the change (correction, served-date update, withdrawal) with this id was applied already. */
    public Uni<Boolean> changeApplied(Mutiny.Session session, UUID changeId) {
        return session.createSelectionQuery("select count(*) from NoticeRevision where changeId = :id", Long.class)
                .setParameter("id", changeId).getSingleResult().map(count -> count > 0);
    }

    /** Every notice of the case. */
    public Uni<List<CaseNotice>> ofCase(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from CaseNotice where caseId = :id", CaseNotice.class)
                .setParameter("id", caseId).getResultList();
    }

    /** Removes the people who came from notices and are not among {@code named} (a corrected tenant). */
    public Uni<Void> removeNoticePeopleExcept(Mutiny.Session session, UUID caseId, List<String> named) {
        return session.createNativeQuery("delete from case_person where case_id = ?1 and source = 'notice'"
                + " and personal_identity_number <> all(?2)")
                .setParameter(1, caseId).setParameter(2, named.toArray(String[]::new))
                .executeUpdate().replaceWithVoid();
    }

    /** The cases holding a Kronofogden eviction case, in the order its notice reached them. */
    public Uni<List<UUID>> casesWithEviction(Mutiny.Session session, String kfmCaseNumber) {
        return session.createSelectionQuery("select caseId from KfmEviction where kfmCaseNumber = :number"
                + " order by receivedAt", UUID.class)
                .setParameter("number", kfmCaseNumber).getResultList();
    }
}
