package se.bokvar.cases.store;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;

/** The SQL that reads what a case holds: its notices, people, evictions, tasks, steps and timeline. */
@ApplicationScoped
public class CaseFileStore {

    public Uni<List<CaseNotice>> notices(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from CaseNotice where caseId = :id order by receivedAt", CaseNotice.class)
                .setParameter("id", caseId).getResultList();
    }

    /** The case's people by name. */
    public Uni<List<CasePerson>> people(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from CasePerson where caseId = :id order by name", CasePerson.class)
                .setParameter("id", caseId).getResultList();
    }

    /** The case's people, tenants first (whose consent a disclosure rests on by default). */
    public Uni<List<CasePerson>> peopleTenantsFirst(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from CasePerson where caseId = :id order by role desc, personalIdentityNumber",
                CasePerson.class).setParameter("id", caseId).getResultList();
    }

    public Uni<List<KfmEviction>> evictions(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from KfmEviction where caseId = :id order by receivedAt", KfmEviction.class)
                .setParameter("id", caseId).getResultList();
    }

    public Uni<List<CaseTask>> tasks(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from CaseTask where caseId = :id order by createdAt", CaseTask.class)
                .setParameter("id", caseId).getResultList();
    }

    /** The steps done (not refused), oldest first. */
    public Uni<List<CaseStep>> doneSteps(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from CaseStep where caseId = :id and status = :done order by performedAt",
                CaseStep.class).setParameter("id", caseId).setParameter("done", CaseStep.Status.DONE).getResultList();
    }

    public Uni<List<TimelineEntry>> timeline(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from TimelineEntry where caseId = :id order by at, seq", TimelineEntry.class)
                .setParameter("id", caseId).getResultList();
    }

    public Uni<CaseLetter> letter(Mutiny.Session session, UUID letterId) {
        return session.find(CaseLetter.class, letterId);
    }

    /** How many contacts with the tenant failed (done, not reached): an unannounced visit needs two. */
    public Uni<Long> failedContactAttempts(Mutiny.Session session, UUID caseId) {
        return session.createNativeQuery("select count(*) from case_step where case_id = ?1 and kind = 'TENANT_CONTACT'"
                + " and status = 'DONE' and details->>'reached' = 'false'")
                .setParameter(1, caseId).getSingleResult().map(n -> ((Number) n).longValue());
    }

    /** Whether this landlord itself sent a notice on this case. */
    public Uni<Boolean> landlordReported(Mutiny.Session session, UUID caseId, String landlordId) {
        return session.createSelectionQuery("select count(*) from CaseNotice where caseId = :id and source = :landlord"
                + " and senderId = :sender", Long.class)
                .setParameter("id", caseId).setParameter("landlord", NoticeSource.LANDLORD).setParameter("sender", landlordId)
                .getSingleResult().map(n -> n > 0);
    }

    /** The person keys of the case's people, sorted (who consent-service's projection names). */
    public Uni<List<String>> personKeys(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("select personKey from CasePerson where caseId = :id and personKey is not null"
                + " order by personKey", String.class)
                .setParameter("id", caseId).getResultList();
    }
}
