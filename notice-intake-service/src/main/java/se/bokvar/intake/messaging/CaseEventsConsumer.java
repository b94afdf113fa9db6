package se.bokvar.intake.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.v1.NoticeRegisteredV1;
import se.bokvar.intake.service.NoticeIntake;
import se.bokvar.platform.messaging.EventData;
import se.bokvar.platform.messaging.IdempotentProcessor;
import se.bokvar.platform.messaging.IncomingEvent;

/**
 * Reads case-service's announcements and keeps only one: a notice was registered on a case, so its sender sees
 * "handed to case management". Applied exactly once per event id; every other event type on the topic is skipped.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    private static final Logger LOG = Logger.getLogger(CaseEventsConsumer.class);

    private final IdempotentProcessor processor;
    private final NoticeIntake intake;
    private final ObjectMapper mapper;

    @Inject
    public CaseEventsConsumer(IdempotentProcessor processor, NoticeIntake intake, ObjectMapper mapper) {
        this.processor = processor;
        this.intake = intake;
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
        if (!CaseEvents.NOTICE_REGISTERED.type().equals(event.type())) {
            return Uni.createFrom().completionStage(message.ack());
        }
        NoticeRegisteredV1 data;
        try {
            data = EventData.read(mapper, event.data(), NoticeRegisteredV1.class);
        } catch (IncomingEvent.MalformedEventException e) {
            LOG.warnf("Event %s (%s) has unreadable data; sent to the dead-letter topic", event.id(), event.type());
            return Uni.createFrom().completionStage(message.nack(e));
        }
        if (data.noticeId() == null) {
            LOG.warnf("Event %s (%s) names no notice; sent to the dead-letter topic", event.id(), event.type());
            return Uni.createFrom().completionStage(message.nack(new IncomingEvent.MalformedEventException("no noticeId")));
        }
        IncomingEvent received = event;
        return processor.process(event, session -> intake.markHanded(session, data))
                .onItemOrFailure().transformToUni((done, failure) -> {
                    if (failure != null) {
                        LOG.errorf("Event %s (%s) could not be applied: %s", received.id(), received.type(),
                                failure.getClass().getName());
                        return Uni.createFrom().completionStage(message.nack(failure));
                    }
                    return Uni.createFrom().completionStage(message.ack());
                });
    }
}
