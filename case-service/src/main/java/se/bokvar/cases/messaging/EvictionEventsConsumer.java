package se.bokvar.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.service.CaseAnnouncements;
import se.bokvar.cases.service.EvictionUpdates;
import se.bokvar.cases.service.IncomingNotice;
import se.bokvar.cases.service.NoticeRegistration;
import se.bokvar.contracts.EvictionEvents;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.EvictionUpdatedV1;
import se.bokvar.platform.messaging.EventData;
import se.bokvar.platform.messaging.IdempotentProcessor;
import se.bokvar.platform.messaging.IncomingEvent;

/**
 * Consumes kronofogden-adapter's eviction events (bokvar.kronofogden.evictions.v1): a notice becomes an urgent case
 * or joins the household's open case; updates move, postpone, cancel or close the eviction on it.
 */
@ApplicationScoped
public class EvictionEventsConsumer {

    private final IdempotentProcessor processor;
    private final NoticeRegistration registration;
    private final EvictionUpdates updates;
    private final ObjectMapper mapper;
    private final CaseAnnouncements announcements;

    @Inject
    public EvictionEventsConsumer(IdempotentProcessor processor, NoticeRegistration registration, EvictionUpdates updates,
            ObjectMapper mapper, CaseAnnouncements announcements) {
        this.processor = processor;
        this.registration = registration;
        this.updates = updates;
        this.mapper = mapper;
        this.announcements = announcements;
    }

    @Incoming("evictions")
    public Uni<Void> consume(Message<String> message) {
        return Consuming.consume(message, announcements, this::work);
    }

    Uni<Boolean> work(IncomingEvent event) {
        if (EvictionEvents.NOTICE_RECEIVED.type().equals(event.type())) {
            IncomingNotice n = IncomingNotice.of(EventData.read(mapper, event.data(), EvictionNoticeReceivedV1.class), event.data());
            return processor.process(event, session -> registration.register(session, n).replaceWithVoid());
        }
        if (EvictionEvents.UPDATED.type().equals(event.type())) {
            EventData.read(mapper, event.data(), EvictionUpdatedV1.class);
            return processor.process(event, session -> updates.apply(session, event));
        }
        return Uni.createFrom().item(false);
    }
}
