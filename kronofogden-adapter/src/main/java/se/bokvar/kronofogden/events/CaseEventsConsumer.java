package se.bokvar.kronofogden.events;

import static se.bokvar.platform.messaging.EventRoutes.require;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;
import se.bokvar.kronofogden.app.acknowledgement.AcknowledgeEviction;
import se.bokvar.kronofogden.app.delivery.DeliveryWorker;
import se.bokvar.kronofogden.app.postponement.RequestPostponement;
import se.bokvar.platform.messaging.EventRoutes;
import se.bokvar.platform.messaging.IdempotentProcessor;
import se.bokvar.rules.casework.PostponementGrounds;

/**
 * Consumes case-service's announcements the adapter acts on: the responsible caseworker named for a Kronofogden
 * notice (deliver the acknowledgement and the tenant's copy) and a postponement request (deliver it to
 * Kronofogden). Each event is applied once (the processed-event guard commits with the deliveries); other event
 * types are skipped. Delivery itself happens in {@link DeliveryWorker}, woken after the commit.
 */
@ApplicationScoped
public class CaseEventsConsumer {

    private final EventRoutes routes;

    @Inject
    public CaseEventsConsumer(IdempotentProcessor processor, AcknowledgeEviction acknowledge, RequestPostponement request,
            DeliveryWorker worker, ObjectMapper mapper, Clock clock) {
        this.routes = EventRoutes.using(processor, mapper, clock)
                // namedAt is when the adapter read the naming: what the due day and the alert time are counted from
                .on(CaseEvents.RESPONSIBLE_CASEWORKER_NAMED, CaseEventsConsumer::requireNamed,
                        (session, received) -> acknowledge.record(session, received.data(), received.readAt()))
                .on(CaseEvents.POSTPONEMENT_REQUESTED, CaseEventsConsumer::requireRequest,
                        (session, received) -> request.record(session, received.data()))
                .afterApplied(worker::nudge)
                .build();
    }

    /** A poll's batch of case events, applied in one transaction (EventRoutes.consumeAll). */
    @Incoming("case-events")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return routes.consumeAll(batch);
    }

    static void requireNamed(ResponsibleCaseworkerNamedV1 data) {
        require(data.caseId() != null && data.kfmCaseNumber() != null && !data.kfmCaseNumber().isBlank()
                && data.sequence() >= 1 && data.caseworker() != null && data.caseworker().name() != null
                && data.caseworker().unit() != null && data.basis() != null,
                "caseId, kfmCaseNumber, sequence >= 1, basis and the caseworker's name and unit are required");
    }

    static void requireRequest(PostponementRequestedV1 data) {
        require(data.requestId() != null && data.caseId() != null && data.kfmCaseNumber() != null
                && PostponementGrounds.known(data.grounds())
                && data.requestedBy() != null && data.requestedBy().name() != null && data.requestedBy().unit() != null,
                "requestId, caseId, kfmCaseNumber, known grounds and the caseworker's name and unit are required");
    }
}
