package se.bokvar.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.service.CaseAnnouncements;
import se.bokvar.cases.service.Deliveries;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.contracts.v1.AcknowledgementDeliveredV1;
import se.bokvar.contracts.v1.PostponementAnsweredV1;
import se.bokvar.contracts.v1.TenantLetterDispatchedV1;
import se.bokvar.platform.messaging.EventData;
import se.bokvar.platform.messaging.IdempotentProcessor;
import se.bokvar.platform.messaging.IncomingEvent;

/** Consumes kronofogden-adapter's delivery results (bokvar.kronofogden.deliveries.v1). */
@ApplicationScoped
public class DeliveryEventsConsumer {

    private final IdempotentProcessor processor;
    private final Deliveries deliveries;
    private final ObjectMapper mapper;
    private final CaseAnnouncements announcements;

    @Inject
    public DeliveryEventsConsumer(IdempotentProcessor processor, Deliveries deliveries, ObjectMapper mapper,
            CaseAnnouncements announcements) {
        this.processor = processor;
        this.deliveries = deliveries;
        this.mapper = mapper;
        this.announcements = announcements;
    }

    @Incoming("deliveries")
    public Uni<Void> consume(Message<String> message) {
        return Consuming.consume(message, announcements, this::work);
    }

    Uni<Boolean> work(IncomingEvent event) {
        if (DeliveryEvents.ACKNOWLEDGEMENT.type().equals(event.type())) {
            AcknowledgementDeliveredV1 ack = EventData.read(mapper, event.data(), AcknowledgementDeliveredV1.class);
            return processor.process(event, session -> deliveries.acknowledgement(session, ack));
        }
        if (DeliveryEvents.TENANT_LETTER_DISPATCHED.type().equals(event.type())) {
            TenantLetterDispatchedV1 letter = EventData.read(mapper, event.data(), TenantLetterDispatchedV1.class);
            return processor.process(event, session -> deliveries.tenantLetter(session, letter));
        }
        if (DeliveryEvents.POSTPONEMENT_ANSWERED.type().equals(event.type())) {
            PostponementAnsweredV1 answer = EventData.read(mapper, event.data(), PostponementAnsweredV1.class);
            return processor.process(event, session -> deliveries.postponementAnswered(session, answer));
        }
        return Uni.createFrom().item(false);
    }
}
