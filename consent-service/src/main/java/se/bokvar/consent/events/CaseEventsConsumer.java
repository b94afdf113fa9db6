package se.bokvar.consent.events;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import se.bokvar.consent.app.ApplyCaseAccess;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.platform.messaging.EventRoutes;
import se.bokvar.platform.messaging.IdempotentProcessor;

/**
 * Learns from case-service which board each case belongs to, whether children are affected and which persons
 * belong to it ({@code se.bokvar.case.access-changed.v1}). Every other type on the topic is skipped; an event
 * without a case id goes to the dead-letter topic. Each event applies exactly once (processed-event guard); stale
 * ones (lower {@code sequence}) change nothing.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    private final EventRoutes routes;

    @Inject
    public CaseEventsConsumer(IdempotentProcessor processor, ApplyCaseAccess access, ObjectMapper mapper, Clock clock) {
        this.routes = EventRoutes.using(processor, mapper, clock)
                .on(CaseEvents.ACCESS_CHANGED, d -> EventRoutes.require(d.caseId() != null, "caseId is missing"),
                        (session, r) -> access.apply(session, r.data(), r.readAt()))
                .build();
    }

    /** A poll's batch of case events, applied in one transaction (EventRoutes.consumeAll). */
    @Incoming("case-events")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return routes.consumeAll(batch);
    }
}
