package se.bokvar.cases.app.notice;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.cases.store.NoticeStore;
import se.bokvar.cases.store.ParkedEventStore;
import se.bokvar.contracts.v1.EvictionUpdatedV1;
import se.bokvar.platform.messaging.IncomingEvent;

/**
 * Kronofogden's updates to an eviction it notified: a new date, a postponement granted (anstånd), cancelled,
 * carried out. Applied to every case holding that KFM case number; parked if the notice is not registered yet.
 */
@ApplicationScoped
public class UpdateEviction {

    private final NoticeStore notices;
    private final ParkedEventStore parked;
    private final Timeline timeline;
    private final DeadlineService deadlines;

    @Inject
    public UpdateEviction(NoticeStore notices, ParkedEventStore parked, Timeline timeline, DeadlineService deadlines) {
        this.notices = notices;
        this.parked = parked;
        this.timeline = timeline;
        this.deadlines = deadlines;
    }

    public Uni<Void> handle(Mutiny.Session session, IncomingEvent event, EvictionUpdatedV1 update) {
        return notices.casesWithEviction(session, update.kfmCaseNumber()).flatMap(caseIds -> {
            if (caseIds.isEmpty()) {
                return parked.park(session, event, ParkedEventReplay.evictionKey(update.kfmCaseNumber()));
            }
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (UUID caseId : caseIds) {
                chain = chain.flatMap(v -> session.find(HouseholdCase.class, caseId, LockMode.PESSIMISTIC_WRITE)
                        .flatMap(c -> session.find(KfmEviction.class, new KfmEviction.Key(caseId, update.kfmCaseNumber()))
                                .flatMap(k -> apply(session, c, k, update))));
            }
            return chain;
        });
    }

    private Uni<Void> apply(Mutiny.Session session, HouseholdCase c, KfmEviction k, EvictionUpdatedV1 update) {
        String summary;
        switch (update.update()) {
            case "NEW_DATE" -> {
                k.evictionAt = update.evictionAt();
                summary = "Kronofogden set a new date for the eviction: " + update.evictionAt();
            }
            case "POSTPONED" -> {
                k.status = KfmEviction.Status.POSTPONED;
                if (update.evictionAt() != null) {
                    k.evictionAt = update.evictionAt();
                }
                summary = "Kronofogden granted a postponement (anstånd)"
                        + (update.evictionAt() == null ? "" : "; new date " + update.evictionAt());
            }
            case "CANCELLED" -> {
                k.status = KfmEviction.Status.CANCELLED;
                summary = "Kronofogden cancelled the eviction (återkallad)";
            }
            case "CARRIED_OUT" -> {
                k.status = KfmEviction.Status.CARRIED_OUT;
                summary = "Kronofogden carried out the eviction (verkställd)";
            }
            default -> summary = "Kronofogden updated the eviction case (" + update.update() + ")";
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("update", update.update());
        if (update.comment() != null) {
            details.put("comment", update.comment());
        }
        return timeline.add(session, c.id, update.receivedAt(), "EVICTION_UPDATED", summary, null, k.kfmCaseNumber, details)
                .flatMap(v -> deadlines.refresh(session, c));
    }
}
