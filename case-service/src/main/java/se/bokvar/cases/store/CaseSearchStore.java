package se.bokvar.cases.store;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.rules.casework.Stage;

/**
 * The SQL that finds cases: by notice, by person, building, Kronofogden case or landlord reference, the unrouted queue,
 * the overdue acknowledgements.
 */
@ApplicationScoped
public class CaseSearchStore {

    /** An eviction whose acknowledgement is overdue, with its case. */
    public record OverdueEviction(KfmEviction eviction, HouseholdCase householdCase) {
    }

    public Uni<List<HouseholdCase>> byNotice(Mutiny.Session session, UUID noticeId) {
        return session.createSelectionQuery(
                "select c from HouseholdCase c where c.id in (select n.caseId from CaseNotice n where n.id = :notice)",
                HouseholdCase.class)
                .setParameter("notice", noticeId).getResultList();
    }

    /** The cases where the person (canonical personnummer) is in the household. */
    public Uni<List<HouseholdCase>> byPerson(Mutiny.Session session, String personalIdentityNumber) {
        return session.createSelectionQuery(
                "select c from HouseholdCase c where c.id in (select p.caseId from CasePerson p where p.personalIdentityNumber = :pin)",
                HouseholdCase.class)
                .setParameter("pin", personalIdentityNumber).getResultList();
    }

    /** The cases of the building (its key: normalised street with number, and postal code). */
    public Uni<List<HouseholdCase>> byBuilding(Mutiny.Session session, String buildingKey) {
        return session.createSelectionQuery("from HouseholdCase where buildingKey = :building", HouseholdCase.class)
                .setParameter("building", buildingKey).getResultList();
    }

    /** The cases holding a Kronofogden case, as an eviction or a notice. */
    public Uni<List<HouseholdCase>> byKfmCase(Mutiny.Session session, String kfmCaseNumber) {
        return session.createSelectionQuery("select c from HouseholdCase c where c.id in (select k.caseId from KfmEviction k"
                + " where k.kfmCaseNumber = :number) or c.id in (select n.caseId from CaseNotice n"
                + " where n.kfmCaseNumber = :number)", HouseholdCase.class)
                .setParameter("number", kfmCaseNumber).getResultList();
    }

    /** The cases with a notice of that reference at its landlord (any landlord). */
    public Uni<List<HouseholdCase>> byLandlordReference(Mutiny.Session session, String reference) {
        return session.createSelectionQuery("select c from HouseholdCase c where c.id in (select n.caseId from CaseNotice n"
                + " where n.senderReference = :reference)", HouseholdCase.class)
                .setParameter("reference", reference).getResultList();
    }

    /** Open cases no board covers, oldest first. */
    public Uni<List<HouseholdCase>> unrouted(Mutiny.Session session, int limit) {
        return session.createSelectionQuery("from HouseholdCase where board is null and status <> :closed order by openedAt",
                HouseholdCase.class).setParameter("closed", Stage.CLOSED).setMaxResults(limit).getResultList();
    }

    /** Evictions reported OVERDUE on the board's cases and the unrouted ones, oldest first. */
    public Uni<List<OverdueEviction>> overdueAcknowledgements(Mutiny.Session session, String board, int limit) {
        return session.createSelectionQuery(
                "select k, c from KfmEviction k, HouseholdCase c where c.id = k.caseId and k.ackStatus = :overdue"
                        + " and (c.board = :board or c.board is null) order by k.receivedAt",
                Object[].class).setParameter("board", board)
                .setParameter("overdue", KfmEviction.Acknowledgement.OVERDUE).setMaxResults(limit).getResultList()
                .map(rows -> rows.stream().map(r -> new OverdueEviction((KfmEviction) r[0], (HouseholdCase) r[1])).toList());
    }
}
