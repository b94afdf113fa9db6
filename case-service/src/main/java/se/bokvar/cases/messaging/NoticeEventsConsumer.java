package se.bokvar.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.service.CaseAnnouncements;
import se.bokvar.cases.service.IncomingNotice;
import se.bokvar.cases.service.NoticeRegistration;
import se.bokvar.contracts.NoticeEvents;
import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.RectificationRequestReceivedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.platform.messaging.EventData;
import se.bokvar.platform.messaging.IdempotentProcessor;
import se.bokvar.platform.messaging.IncomingEvent;

/**
 * Consumes every event of notice-intake-service (bokvar.intake.notices.v1): the three notice kinds, corrections,
 * served-date updates and withdrawals. Each event is applied exactly once (the processed-event guard commits with
 * the case); unreadable events go to the dead-letter topic; unknown types are skipped.
 */
@ApplicationScoped
public class NoticeEventsConsumer {

    private static final Logger LOG = Logger.getLogger(NoticeEventsConsumer.class);

    private final IdempotentProcessor processor;
    private final NoticeRegistration registration;
    private final ObjectMapper mapper;
    private final CaseAnnouncements announcements;

    @Inject
    public NoticeEventsConsumer(IdempotentProcessor processor, NoticeRegistration registration, ObjectMapper mapper,
            CaseAnnouncements announcements) {
        this.processor = processor;
        this.registration = registration;
        this.mapper = mapper;
        this.announcements = announcements;
    }

    @Incoming("notices")
    public Uni<Void> consume(Message<String> message) {
        return Consuming.consume(message, announcements, this::work);
    }

    Uni<Boolean> work(IncomingEvent event) {
        String type = event.type();
        if (NoticeEvents.TERMINATION_RECEIVED.type().equals(type)) {
            IncomingNotice n = IncomingNotice.of(EventData.read(mapper, event.data(), TerminationNoticeReceivedV1.class), event.data());
            return processor.process(event, session -> registration.register(session, n).replaceWithVoid());
        }
        if (NoticeEvents.RECTIFICATION_RECEIVED.type().equals(type)) {
            IncomingNotice n = IncomingNotice.of(EventData.read(mapper, event.data(), RectificationRequestReceivedV1.class), event.data());
            return processor.process(event, session -> registration.register(session, n).replaceWithVoid());
        }
        if (NoticeEvents.EARLY_WARNING_RECEIVED.type().equals(type)) {
            IncomingNotice n = IncomingNotice.of(EventData.read(mapper, event.data(), EarlyWarningReceivedV1.class), event.data());
            return processor.process(event, session -> registration.register(session, n).replaceWithVoid());
        }
        if (NoticeEvents.CORRECTED.type().equals(type) || NoticeEvents.SERVED_DATE_UPDATED.type().equals(type)
                || NoticeEvents.WITHDRAWN.type().equals(type)) {
            // read once here so unreadable data is dead-lettered rather than retried
            registration.validateChange(event);
            return processor.process(event, session -> registration.dispatchNoticeChange(session, event));
        }
        LOG.debugf("Ignoring event type %s", type);
        return Uni.createFrom().item(false);
    }
}
