package se.bokvar.cases.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.HouseholdCase;
import se.bokvar.cases.KfmEviction;
import se.bokvar.cases.deadline.DeadlineService;
import se.bokvar.contracts.v1.EvictionUpdatedV1;
import se.bokvar.platform.messaging.EventData;
import se.bokvar.platform.messaging.IncomingEvent;

/**
 * Kronofogden's updates to an eviction it notified: a new date, a postponement granted (anstånd), cancelled,
 * carried out. Applied to every case holding that KFM case number; parked if the notice is not registered yet.
 */
@ApplicationScoped
public class EvictionUpdates {

    private final ParkedEvents parked;
    private final Timeline timeline;
    private final DeadlineService deadlines;
    private final ObjectMapper mapper;

    @Inject
    public EvictionUpdates(ParkedEvents parked, Timeline timeline, DeadlineService deadlines, ObjectMapper mapper) {
        this.parked = parked;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.mapper = mapper;
    }

    public Uni<Void> apply(Mutiny.Session session, IncomingEvent event) {
        EvictionUpdatedV1 update = EventData.read(mapper, event.data(), EvictionUpdatedV1.class);
        return session.createNativeQuery("select case_id from kfm_eviction where kfm_case_number = ?1 order by received_at")
                .setParameter(1, update.kfmCaseNumber()).getResultList().flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return parked.park(session, event, "kfm:" + update.kfmCaseNumber());
                    }
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Object row : rows) {
                        UUID caseId = (UUID) row;
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
                k.status = KfmEviction.POSTPONED;
                if (update.evictionAt() != null) {
                    k.evictionAt = update.evictionAt();
                }
                summary = "Kronofogden granted a postponement (anstånd)"
                        + (update.evictionAt() == null ? "" : "; new date " + update.evictionAt());
            }
            case "CANCELLED" -> {
                k.status = KfmEviction.CANCELLED;
                summary = "Kronofogden cancelled the eviction (återkallad)";
            }
            case "CARRIED_OUT" -> {
                k.status = KfmEviction.CARRIED_OUT;
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

    static List<String> updates() {
        return List.of("NEW_DATE", "POSTPONED", "CANCELLED", "CARRIED_OUT");
    }
}
