package se.bokvar.kronofogden.app.delivery;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.contracts.v1.AcknowledgementDeliveredV1;
import se.bokvar.contracts.v1.PostponementAnsweredV1;
import se.bokvar.contracts.v1.TenantLetterDispatchedV1;
import se.bokvar.kronofogden.app.ContentHash.Json;
import se.bokvar.kronofogden.store.Delivery;
import se.bokvar.kronofogden.store.PostponementRequest;
import se.bokvar.kronofogden.store.PostponementRequestRepository;
import se.bokvar.kronofogden.store.letterchannel.LetterMessage;
import se.bokvar.platform.outbox.Outbox;

/**
 * Announces, in the transaction that records the confirmation, that a delivery was confirmed: the acknowledgement
 * (CONFIRMED), the tenant's letter (dispatched), or the postponement request (SENT, and the request marked so).
 */
@ApplicationScoped
public class AnnounceConfirmedDelivery {

    private final Outbox outbox;
    private final PostponementRequestRepository requests;
    private final ObjectMapper mapper;

    @Inject
    public AnnounceConfirmedDelivery(Outbox outbox, PostponementRequestRepository requests, ObjectMapper mapper) {
        this.outbox = outbox;
        this.requests = requests;
        this.mapper = mapper;
    }

    Uni<Void> announce(Mutiny.Session session, Delivery d, AttemptResult result) {
        Instant at = result.confirmedAt();
        String subject = d.caseId.toString();
        return switch (d.kind) {
            case ACKNOWLEDGEMENT -> outbox.append(session, DeliveryEvents.ACKNOWLEDGEMENT, d.partitionKey, subject,
                    new AcknowledgementDeliveredV1(d.caseId, d.kfmCaseNumber, d.sequence, "CONFIRMED", at, d.attempts,
                            d.caseworkerUserId)).replaceWithVoid();
            case TENANT_LETTER -> {
                LetterMessage letter = Json.read(mapper, d.payload, LetterMessage.class);
                yield outbox.append(session, DeliveryEvents.TENANT_LETTER_DISPATCHED, d.partitionKey, subject,
                        new TenantLetterDispatchedV1(d.id, d.caseId, d.kfmCaseNumber, at, result.reference(), letter.content()))
                        .replaceWithVoid();
            }
            case POSTPONEMENT_REQUEST -> requests.findForUpdate(session, d.id)
                    .flatMap(request -> {
                        if (request != null && request.status == PostponementRequest.Status.PENDING) {
                            request.status = PostponementRequest.Status.SENT;
                        }
                        return outbox.append(session, DeliveryEvents.POSTPONEMENT_ANSWERED, d.partitionKey, subject,
                                new PostponementAnsweredV1(d.id, d.caseId, d.kfmCaseNumber, "SENT", null, null, at));
                    }).replaceWithVoid();
        };
    }
}
