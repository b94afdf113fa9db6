package se.bokvar.web.caseworker.events;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.platform.messaging.EventRoutes;
import se.bokvar.platform.messaging.IdempotentProcessor;
import se.bokvar.web.caseworker.app.alert.RecordAlertDeliveries;
import se.bokvar.web.caseworker.app.alert.SendAlertMails;

/**
 * Reads case-service's deadline alerts ({@code se.bokvar.case.deadline-alert.v1}, consumer group
 * {@code caseworker-web-alerts}) and records their e-mails. Every other type on the topic is skipped; an alert without
 * its ids, kind or day goes to the desk's dead-letter topic. Each event applies exactly once (processed-event guard).
 */
@ApplicationScoped
public class DeadlineAlertConsumer {

    private final EventRoutes routes;

    @Inject
    public DeadlineAlertConsumer(IdempotentProcessor processor, RecordAlertDeliveries deliveries, ObjectMapper mapper,
            Clock clock, SendAlertMails sender) {
        this.routes = EventRoutes.using(processor, mapper, clock)
                .on(CaseEvents.DEADLINE_ALERT, d -> EventRoutes.require(d.alertId() != null && d.caseId() != null
                        && d.deadline() != null && d.alert() != null && d.dueOn() != null, "alert data is incomplete"),
                        (session, r) -> deliveries.record(session, r.data()))
                .afterApplied(sender::nudge) // the mails go out right after the commit, not at the next interval
                .build();
    }

    /** A poll's batch of case events in one transaction (EventRoutes.consumeAll); most are skipped types. */
    @Incoming("deadline-alerts")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return routes.consumeAll(batch);
    }
}
