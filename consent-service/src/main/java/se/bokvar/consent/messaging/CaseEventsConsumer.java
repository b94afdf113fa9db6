package se.bokvar.consent.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.service.CaseAccessProjection;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.v1.CaseAccessChangedV1;
import se.bokvar.platform.messaging.EventData;
import se.bokvar.platform.messaging.IdempotentProcessor;
import se.bokvar.platform.messaging.IncomingEvent;

/**
 * Learns from case-service which board each case belongs to, whether children are affected and which persons
 * belong to it ({@code se.bokvar.case.access-changed.v1}). Every other type on the topic is skipped. Each event
 * applies exactly once (processed-event guard); stale ones (lower {@code sequence}) change nothing.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    private static final Logger LOG = Logger.getLogger(CaseEventsConsumer.class);

    private final IdempotentProcessor processor;
    private final CaseAccessProjection projection;
    private final ObjectMapper mapper;

    @Inject
    public CaseEventsConsumer(IdempotentProcessor processor, CaseAccessProjection projection, ObjectMapper mapper) {
        this.processor = processor;
        this.projection = projection;
        this.mapper = mapper;
    }

    @Incoming("case-events")
    public Uni<Void> consume(Message<String> message) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(message);
        } catch (IncomingEvent.MalformedEventException e) {
            LOG.warnf("Not a CloudEvent of the platform (%s); sent to the dead-letter topic", e.getMessage());
            return Uni.createFrom().completionStage(message.nack(e));
        }
        if (!CaseEvents.ACCESS_CHANGED.type().equals(event.type())) {
            LOG.debugf("Ignoring event type %s", event.type());
            return Uni.createFrom().completionStage(message.ack());
        }
        CaseAccessChangedV1 data;
        try {
            data = EventData.read(mapper, event.data(), CaseAccessChangedV1.class);
            if (data.caseId() == null) {
                throw new IncomingEvent.MalformedEventException("caseId is missing");
            }
        } catch (IncomingEvent.MalformedEventException e) {
            LOG.warnf("Event %s (%s) has unreadable data; sent to the dead-letter topic", event.id(), event.type());
            return Uni.createFrom().completionStage(message.nack(e));
        }
        return processor.process(event, session -> projection.apply(session, data))
                .onItemOrFailure().transformToUni((done, failure) -> {
                    if (failure != null) {
                        LOG.errorf("Event %s (%s) could not be applied: %s", event.id(), event.type(),
                                failure.getClass().getName());
                        return Uni.createFrom().completionStage(message.nack(failure));
                    }
                    return Uni.createFrom().completionStage(message.ack());
                });
    }
}
