package se.bokvar.kronofogden.app.postponement;

import static se.bokvar.kronofogden.app.StockholmTime.of;
import static se.bokvar.kronofogden.app.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.kronofogden.app.ContentHash.Json;
import se.bokvar.kronofogden.store.Delivery;
import se.bokvar.kronofogden.store.DeliveryKind;
import se.bokvar.kronofogden.store.DeliveryRepository;
import se.bokvar.kronofogden.store.DeliveryStatus;
import se.bokvar.kronofogden.store.EvictionNoticeRepository;
import se.bokvar.kronofogden.store.PostponementRequest;
import se.bokvar.kronofogden.store.PostponementRequestRepository;
import se.bokvar.kronofogden.store.kronofogden.AcknowledgementMessage;
import se.bokvar.kronofogden.store.kronofogden.PostponementRequestMessage;
import se.bokvar.rules.casework.PostponementGrounds;

/**
 * A caseworker's request for postponement (anstånd med verkställighet), announced by case-service: recorded with its
 * delivery to Kronofogden, which the delivery worker sends until Kronofogden confirms receipt (then SENT is
 * announced).
 */
@ApplicationScoped
public class RequestPostponement {

    private final PostponementRequestRepository requests;
    private final EvictionNoticeRepository notices;
    private final DeliveryRepository deliveries;
    private final Clock clock;
    private final ObjectMapper mapper;

    @Inject
    public RequestPostponement(PostponementRequestRepository requests, EvictionNoticeRepository notices,
            DeliveryRepository deliveries, Clock clock, ObjectMapper mapper) {
        this.requests = requests;
        this.notices = notices;
        this.deliveries = deliveries;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Records the request and its delivery, in the consumer's transaction (once per request id). */
    public Uni<Void> record(Mutiny.Session session, PostponementRequestedV1 requested) {
        return requests.find(session, requested.requestId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            return notices.find(session, requested.kfmCaseNumber()).flatMap(notice -> {
                Instant now = clock.instant();
                OffsetDateTime requestedAt = of(requested.requestedAt() != null ? requested.requestedAt() : now);
                PostponementRequest request = new PostponementRequest();
                request.id = requested.requestId();
                request.caseId = requested.caseId();
                request.kfmCaseNumber = requested.kfmCaseNumber();
                request.grounds = PostponementGrounds.valueOf(requested.grounds());
                request.requestedAt = requestedAt;
                request.status = PostponementRequest.Status.PENDING;

                CaseworkerV1 cw = requested.requestedBy();
                PostponementRequestMessage message = new PostponementRequestMessage(requested.requestId(),
                        requested.kfmCaseNumber(), requested.grounds(), requested.motivation(),
                        new AcknowledgementMessage.CaseworkerMessage(cw.name(), blankToNull(cw.phone()), blankToNull(cw.email()), cw.unit()),
                        requestedAt, requested.caseId().toString());
                Delivery delivery = new Delivery();
                delivery.id = requested.requestId();
                delivery.kind = DeliveryKind.POSTPONEMENT_REQUEST;
                delivery.caseId = requested.caseId();
                delivery.kfmCaseNumber = requested.kfmCaseNumber();
                delivery.partitionKey = notice != null ? notice.buildingKey : requested.caseId().toString();
                delivery.payload = Json.write(mapper, message);
                delivery.status = DeliveryStatus.PENDING;
                delivery.nextAttemptAt = of(now);
                delivery.createdAt = of(now);
                return deliveries.persistAll(session, request, delivery);
            });
        });
    }
}
