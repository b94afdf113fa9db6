package se.bokvar.cases.messaging;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.service.NoticeRegistration;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.platform.messaging.EventData;
import se.bokvar.platform.messaging.IdempotentProcessor;
import se.bokvar.platform.messaging.IncomingEvent;

/**
 * Consumes the landlords' notices from notice-intake-service. Each event is applied exactly once (the
 * processed-event guard commits with the case); events of types this service does not know are skipped.
 */
@ApplicationScoped
public class NoticeEventsConsumer {

    private static final Logger LOG = Logger.getLogger(NoticeEventsConsumer.class);

    private final IdempotentProcessor processor;
    private final NoticeRegistration registration;
    private final ObjectMapper mapper;

    @Inject
    public NoticeEventsConsumer(IdempotentProcessor processor, NoticeRegistration registration, ObjectMapper mapper) {
        this.processor = processor;
        this.registration = registration;
        this.mapper = mapper;
    }

    @Incoming("notices")
    public Uni<Void> consume(Message<String> message) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(message);
        } catch (IncomingEvent.MalformedEventException e) {
            LOG.warnf("Not a CloudEvent of the platform (%s); sent to the dead-letter topic", e.getMessage());
            return Uni.createFrom().completionStage(message.nack(e));
        }
        Uni<Boolean> work;
        if (NoticeEvents.TERMINATION_RECEIVED.type().equals(event.type())) {
            TerminationNoticeReceivedV1 data;
            try {
                data = EventData.read(mapper, event.data(), TerminationNoticeReceivedV1.class);
            } catch (IncomingEvent.MalformedEventException e) {
                LOG.warnf("Event %s (%s) has unreadable data; sent to the dead-letter topic", event.id(), event.type());
                return Uni.createFrom().completionStage(message.nack(e));
            }
            work = processor.process(event, session -> registration.registerTermination(session, data, event.data()));
        } else {
            LOG.debugf("Ignoring event type %s", event.type());
            work = Uni.createFrom().item(false);
        }
        return work.onItemOrFailure().transformToUni((done, failure) -> {
            if (failure != null) {
                LOG.errorf("Event %s (%s) could not be applied: %s", event.id(), event.type(), failure.getClass().getName());
                return Uni.createFrom().completionStage(message.nack(failure));
            }
            return Uni.createFrom().completionStage(message.ack());
        });
    }

}
