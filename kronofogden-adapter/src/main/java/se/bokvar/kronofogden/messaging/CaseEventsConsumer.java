package se.bokvar.kronofogden.messaging;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;
import se.bokvar.kronofogden.service.Acknowledgements;
import se.bokvar.kronofogden.service.DeliveryWorker;
import se.bokvar.kronofogden.service.Postponements;
import se.bokvar.platform.messaging.EventData;
import se.bokvar.platform.messaging.IdempotentProcessor;
import se.bokvar.platform.messaging.IncomingEvent;

/**
 * Consumes case-service's announcements the adapter acts on: the responsible caseworker named for a Kronofogden
 * notice (deliver the acknowledgement and the tenant's copy) and a postponement request (deliver it to
 * Kronofogden). Each event is applied once (the processed-event guard commits with the deliveries); other event
 * types are skipped. Delivery itself happens in {@link DeliveryWorker}, after the commit.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    private static final Logger LOG = Logger.getLogger(CaseEventsConsumer.class);

    private final IdempotentProcessor processor;
    private final Acknowledgements acknowledgements;
    private final Postponements postponements;
    private final DeliveryWorker worker;
    private final ObjectMapper mapper;
    private final Clock clock;

    @Inject
    public CaseEventsConsumer(IdempotentProcessor processor, Acknowledgements acknowledgements, Postponements postponements,
            DeliveryWorker worker, ObjectMapper mapper, Clock clock) {
        this.processor = processor;
        this.acknowledgements = acknowledgements;
        this.postponements = postponements;
        this.worker = worker;
        this.mapper = mapper;
        this.clock = clock;
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
        Uni<Boolean> work;
        try {
            if (CaseEvents.RESPONSIBLE_CASEWORKER_NAMED.type().equals(event.type())) {
                ResponsibleCaseworkerNamedV1 data = EventData.read(mapper, event.data(), ResponsibleCaseworkerNamedV1.class);
                requireNamed(data);
                // when the adapter learned of the naming: what the due day and the alert time are counted from
                Instant namedAt = clock.instant();
                work = processor.process(event, session -> acknowledgements.onNamed(session, data, namedAt));
            } else if (CaseEvents.POSTPONEMENT_REQUESTED.type().equals(event.type())) {
                PostponementRequestedV1 data = EventData.read(mapper, event.data(), PostponementRequestedV1.class);
                requireRequest(data);
                work = processor.process(event, session -> postponements.onRequested(session, data));
            } else {
                return Uni.createFrom().completionStage(message.ack());
            }
        } catch (IncomingEvent.MalformedEventException e) {
            LOG.warnf("Event %s (%s) has unreadable or incomplete data (%s); sent to the dead-letter topic", event.id(),
                    event.type(), e.getMessage());
            return Uni.createFrom().completionStage(message.nack(e));
        }
        return work.onItemOrFailure().transformToUni((applied, failure) -> {
            if (failure != null) {
                LOG.errorf("Event %s (%s) could not be applied: %s", event.id(), event.type(), failure.getClass().getName());
                return Uni.createFrom().completionStage(message.nack(failure));
            }
            if (Boolean.TRUE.equals(applied)) {
                worker.nudge();
            }
            return Uni.createFrom().completionStage(message.ack());
        });
    }

    private static void requireNamed(ResponsibleCaseworkerNamedV1 data) {
        if (data.caseId() == null || data.kfmCaseNumber() == null || data.kfmCaseNumber().isBlank() || data.sequence() < 1
                || data.caseworker() == null || data.caseworker().name() == null || data.caseworker().unit() == null
                || data.basis() == null) {
            throw new IncomingEvent.MalformedEventException("caseId, kfmCaseNumber, sequence >= 1, basis and the caseworker's name and unit are required");
        }
    }

    private static void requireRequest(PostponementRequestedV1 data) {
        if (data.requestId() == null || data.caseId() == null || data.kfmCaseNumber() == null || data.grounds() == null
                || data.requestedBy() == null || data.requestedBy().name() == null || data.requestedBy().unit() == null) {
            throw new IncomingEvent.MalformedEventException("requestId, caseId, kfmCaseNumber, grounds and the caseworker's name and unit are required");
        }
    }
}
