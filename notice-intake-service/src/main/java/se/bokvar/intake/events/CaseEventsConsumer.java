package se.bokvar.intake.events;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.intake.app.MarkHandedToCaseManagement;
import se.bokvar.platform.messaging.EventRoutes;
import se.bokvar.platform.messaging.IdempotentProcessor;

/**
 * Reads case-service's announcements and keeps only one: a notice was registered on a case, so its sender sees
 * "handed to case management". Applied exactly once per event id; every other event type on the topic is skipped,
 * a malformed event goes to the dead-letter topic (the shared frame, {@link EventRoutes}).
 */
@ApplicationScoped
public class CaseEventsConsumer {

    private final EventRoutes routes;

    @Inject
    public CaseEventsConsumer(IdempotentProcessor processor, ObjectMapper mapper, Clock clock,
            MarkHandedToCaseManagement handed) {
        this.routes = EventRoutes.using(processor, mapper, clock)
                .on(CaseEvents.NOTICE_REGISTERED,
                        data -> EventRoutes.require(data.noticeId() != null, "noticeId is required"),
                        (session, received) -> handed.mark(session, received.data().noticeId(),
                                received.data().registeredAt() != null ? received.data().registeredAt() : received.readAt()))
                .build();
    }

    /** A poll's batch of case events, applied in one transaction (EventRoutes.consumeAll). */
    @Incoming("case-events")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return routes.consumeAll(batch);
    }
}
