package se.bokvar.cases.store;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.platform.messaging.IncomingEvent;

/**
 * Events that arrived before what they refer to (a correction before its original notice, a Kronofogden update
 * before its notice): kept in {@code parked_event} in the same transaction that marks them processed, and taken
 * out, in the order their senders received them, when the notice is registered.
 */
@ApplicationScoped
public class ParkedEventStore {

    private static final Logger LOG = Logger.getLogger(ParkedEventStore.class);

    private final Clock clock;
    private final ObjectMapper mapper;

    @Inject
    public ParkedEventStore(Clock clock, ObjectMapper mapper) {
        this.clock = clock;
        this.mapper = mapper;
    }

    public Uni<Void> park(Mutiny.Session session, IncomingEvent event, String awaits) {
        LOG.infof("Event %s (%s) arrived before what it refers to; parked until that is registered", event.id(), event.type());
        return session.createNativeQuery("insert into parked_event (event_id, awaits, event_type, payload, parked_at)"
                + " values (?1, ?2, ?3, cast(cast(?4 as text) as jsonb), ?5) on conflict do nothing")
                .setParameter(1, event.id()).setParameter(2, awaits).setParameter(3, event.type())
                .setParameter(4, event.data()).setParameter(5, OffsetDateTime.now(clock))
                .executeUpdate().replaceWithVoid();
    }

    /** Which of the keys some parked event awaits. */
    public Uni<List<String>> awaited(Mutiny.Session session, java.util.Collection<String> keys) {
        return session.createSelectionQuery("select distinct p.awaits from ParkedEvent p where p.awaits in :keys", String.class)
                .setParameter("keys", keys).getResultList();
    }

    /** Removes and returns the events parked for {@code awaits}, oldest receipt first. */
    public Uni<List<IncomingEvent>> take(Mutiny.Session session, String awaits) {
        // HQL rather than native SQL, for the query-plan cache (see CaseLocator)
        return session.createSelectionQuery("select eventId, eventType, payload from ParkedEvent where awaits = :awaits"
                + " order by parkedAt", Object[].class)
                .setParameter("awaits", awaits).setLockMode(LockMode.PESSIMISTIC_WRITE).getResultList().flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(List.<IncomingEvent>of());
                    }
                    List<IncomingEvent> events = new ArrayList<>();
                    for (Object[] r : rows) {
                        events.add(new IncomingEvent((UUID) r[0], (String) r[1], null, null, null, null, null,
                                (String) r[2]));
                    }
                    events.sort(Comparator.comparing(this::receivedAt));
                    return session.createMutationQuery("delete from ParkedEvent where awaits = :awaits")
                            .setParameter("awaits", awaits).executeUpdate().replaceWith(events);
                });
    }

    /** How many events wait (for the health of the consumers; shown to supervisors). */
    public Uni<Long> count(Mutiny.Session session) {
        return session.createSelectionQuery("select count(*) from ParkedEvent", Long.class).getSingleResult();
    }

    private Instant receivedAt(IncomingEvent e) {
        try {
            JsonNode at = mapper.readTree(e.data()).path("receivedAt");
            return at.isTextual() ? Instant.parse(at.asText()) : Instant.EPOCH;
        } catch (Exception ex) {
            return Instant.EPOCH;
        }
    }
}
