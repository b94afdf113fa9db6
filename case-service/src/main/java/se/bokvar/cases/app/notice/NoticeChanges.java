package se.bokvar.cases.app.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.store.CaseNotice;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.NoticeRevision;
import se.bokvar.cases.store.NoticeStore;
import se.bokvar.cases.store.ParkedEventStore;
import se.bokvar.platform.messaging.IncomingEvent;
import se.bokvar.rules.calendar.Stockholm;

/**
 * The frame of every change to a registered notice (a correction, a served-date update, a withdrawal): applied
 * under the case's lock, recorded as a new revision, then the deadlines are recomputed. If the notice is not
 * registered yet the event is parked; a change already applied (same change id) is skipped.
 */
@ApplicationScoped
public class NoticeChanges {

    private final NoticeStore notices;
    private final ParkedEventStore parked;
    private final DeadlineService deadlines;
    private final Clock clock;

    @Inject
    public NoticeChanges(NoticeStore notices, ParkedEventStore parked, DeadlineService deadlines, Clock clock) {
        this.notices = notices;
        this.parked = parked;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** A change to a registered notice. */
    interface Change {
        Uni<Void> apply(HouseholdCase c, CaseNotice n);
    }

    Uni<Void> apply(Mutiny.Session session, IncomingEvent event, UUID noticeId, UUID changeId, Change change) {
        return notices.caseOf(session, noticeId).flatMap(caseId -> {
            if (caseId.isEmpty()) {
                return parked.park(session, event, noticeId.toString());
            }
            // the case's lock first: every change of a case and its notices is serialised on it
            return session.find(HouseholdCase.class, caseId.get(), LockMode.PESSIMISTIC_WRITE)
                    .flatMap(c -> notices.changeApplied(session, changeId).flatMap(applied -> {
                        if (applied) {
                            return Uni.createFrom().voidItem();
                        }
                        return session.find(CaseNotice.class, noticeId)
                                .flatMap(n -> change.apply(c, n))
                                .flatMap(v -> deadlines.refresh(session, c));
                    }));
        });
    }

    /** The notice's next revision (the caller has increased {@code n.revision}). */
    NoticeRevision revision(CaseNotice n, NoticeRevision.Change change, UUID changeId, Instant receivedAt, String reason, String payload) {
        NoticeRevision r = new NoticeRevision();
        r.noticeId = n.id;
        r.revision = n.revision;
        r.change = change;
        r.changeId = changeId;
        r.receivedAt = OffsetDateTime.ofInstant(receivedAt, Stockholm.STOCKHOLM);
        r.servedOn = n.servedOn;
        r.tenure = n.tenure;
        r.reason = reason;
        r.payload = payload;
        r.recordedAt = OffsetDateTime.now(clock);
        return r;
    }
}
