package se.bokvar.cases.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.notice.KeepTenantLetter;
import se.bokvar.cases.app.notice.RecordAcknowledgement;
import se.bokvar.cases.app.notice.RecordPostponementAnswer;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.platform.messaging.EventRoutes;

/** Consumes kronofogden-adapter's delivery results (bokvar.kronofogden.deliveries.v1). */
@ApplicationScoped
public class DeliveryEventsConsumer {

    private final EventRoutes routes;

    @Inject
    public DeliveryEventsConsumer(CaseEventRoutes frame, RecordAcknowledgement acknowledgement, KeepTenantLetter tenantLetter,
            RecordPostponementAnswer postponementAnswer) {
        this.routes = frame.start()
                .on(DeliveryEvents.ACKNOWLEDGEMENT, RecordAcknowledgement::check, (session, r) -> acknowledgement.handle(session, r.data()))
                .on(DeliveryEvents.TENANT_LETTER_DISPATCHED, (session, r) -> tenantLetter.handle(session, r.data()))
                .on(DeliveryEvents.POSTPONEMENT_ANSWERED, RecordPostponementAnswer::check, (session, r) -> postponementAnswer.handle(session, r.data()))
                .build();
    }

    @Incoming("deliveries")
    public Uni<Void> consume(Message<String> message) {
        return routes.consume(message);
    }
}
