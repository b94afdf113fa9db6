package se.bokvar.cases.app.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.store.NoticeRevision;
import se.bokvar.contracts.v1.ServedDateUpdatedV1;
import se.bokvar.platform.messaging.EventRoutes;
import se.bokvar.platform.messaging.IncomingEvent;

/** The landlord reports the day the termination was served: sets the recovery period's start. Not a correction. */
@ApplicationScoped
public class UpdateServedDate {

    private final NoticeChanges changes;
    private final Timeline timeline;

    @Inject
    public UpdateServedDate(NoticeChanges changes, Timeline timeline) {
        this.changes = changes;
        this.timeline = timeline;
    }

    /** What an update must hold (else it is dead-lettered). */
    public static void check(ServedDateUpdatedV1 u) {
        EventRoutes.require(u.noticeId() != null && u.updateId() != null && u.receivedAt() != null,
                "a served-date update without its ids or receipt time");
    }

    public Uni<Void> handle(Mutiny.Session session, IncomingEvent event, ServedDateUpdatedV1 update) {
        return changes.apply(session, event, update.noticeId(), update.updateId(), (c, n) -> {
            n.servedOn = update.servedOn();
            n.revision++;
            NoticeRevision r = changes.revision(n, NoticeRevision.Change.SERVED_DATE, update.updateId(), update.receivedAt(),
                    null, null);
            return session.persist(r).flatMap(v -> timeline.add(session, c.id, update.receivedAt(), "SERVED_DATE_UPDATED",
                    "The landlord reported the day the termination was served on the tenant: " + update.servedOn(), null,
                    n.id.toString(), null));
        });
    }
}
