package se.bokvar.cases.app;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.store.CaseFileStore;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.v1.CaseAccessChangedV1;
import se.bokvar.contracts.v1.DeadlineAlertV1;
import se.bokvar.contracts.v1.NoticeRegisteredV1;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;
import se.bokvar.platform.outbox.Outbox;

/**
 * The events case-service publishes, appended to the outbox in the caller's transaction. Every event about a case
 * is keyed by the case's building key, so the events of one address stay in order; the subject is the case id
 * (the notice id for NOTICE_REGISTERED). No personal data in keys or subjects.
 */
@ApplicationScoped
public class CaseAnnouncements {

    private final Outbox outbox;
    private final Clock clock;
    private final CaseFileStore files;

    @Inject
    public CaseAnnouncements(Outbox outbox, Clock clock, CaseFileStore files) {
        this.outbox = outbox;
        this.clock = clock;
        this.files = files;
    }

    /** notice-intake-service marks the notice "handed to case management". */
    public Uni<Void> noticeRegistered(Mutiny.Session session, HouseholdCase c, UUID noticeId, String source) {
        return outbox.append(session, CaseEvents.NOTICE_REGISTERED, c.buildingKey, noticeId.toString(),
                new NoticeRegisteredV1(noticeId, source, clock.instant())).replaceWithVoid();
    }

    /**
     * Who may work with the case changed (opened, routed or reassigned to a board, children affected, closed):
     * consent-service's projection. The sequence increases with every announcement of the case.
     */
    public Uni<Void> accessChanged(Mutiny.Session session, HouseholdCase c) {
        c.accessSequence++;
        long sequence = c.accessSequence;
        return files.personKeys(session, c.id)
                .flatMap(keys -> outbox.append(session, CaseEvents.ACCESS_CHANGED, c.buildingKey, c.id.toString(),
                        new CaseAccessChangedV1(c.id, c.board, c.childrenAffected(), c.status.name(), keys, sequence,
                                clock.instant())))
                .replaceWithVoid();
    }

    /** {@link #noticeRegistered} for a batch ({@link #appendAll}). */
    public Outbox.Pending noticeRegisteredEvent(HouseholdCase c, UUID noticeId, String source, String traceparent) {
        return new Outbox.Pending(CaseEvents.NOTICE_REGISTERED, c.buildingKey, noticeId.toString(),
                new NoticeRegisteredV1(noticeId, source, clock.instant()), traceparent);
    }

    /** {@link #accessChanged} for a batch ({@link #appendAll}), with the case's person keys in order. */
    public Outbox.Pending accessChangedEvent(HouseholdCase c, List<String> personKeys, String traceparent) {
        c.accessSequence++;
        return new Outbox.Pending(CaseEvents.ACCESS_CHANGED, c.buildingKey, c.id.toString(),
                new CaseAccessChangedV1(c.id, c.board, c.childrenAffected(), c.status.name(), personKeys,
                        c.accessSequence, clock.instant()), traceparent);
    }

    /** Appends a batch's announcements in one statement, in the order given. */
    public Uni<Void> appendAll(Mutiny.Session session, List<Outbox.Pending> events) {
        return outbox.appendAll(session, events).replaceWithVoid();
    }

    public Uni<Void> deadlineAlert(Mutiny.Session session, HouseholdCase c, DeadlineAlertV1 alert) {
        return outbox.append(session, CaseEvents.DEADLINE_ALERT, c.buildingKey, c.id.toString(), alert).replaceWithVoid();
    }

    public Uni<Void> responsibleNamed(Mutiny.Session session, HouseholdCase c, ResponsibleCaseworkerNamedV1 naming) {
        return outbox.append(session, CaseEvents.RESPONSIBLE_CASEWORKER_NAMED, c.buildingKey, c.id.toString(), naming)
                .replaceWithVoid();
    }

    public Uni<Void> postponementRequested(Mutiny.Session session, HouseholdCase c, PostponementRequestedV1 request) {
        return outbox.append(session, CaseEvents.POSTPONEMENT_REQUESTED, c.buildingKey, c.id.toString(), request)
                .replaceWithVoid();
    }

    /** Tells the relay rows are waiting (after the commit). */
    public void nudge() {
        outbox.nudge();
    }
}
