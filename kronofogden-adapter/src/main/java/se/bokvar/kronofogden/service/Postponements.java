package se.bokvar.kronofogden.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.contracts.v1.PostponementAnsweredV1;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.kronofogden.Delivery;
import se.bokvar.kronofogden.DeliveryKind;
import se.bokvar.kronofogden.DeliveryStatus;
import se.bokvar.kronofogden.EvictionState;
import se.bokvar.kronofogden.PostponementRequest;
import se.bokvar.kronofogden.client.AcknowledgementMessage;
import se.bokvar.kronofogden.client.PostponementRequestMessage;
import se.bokvar.kronofogden.rest.AnswerReceipt;
import se.bokvar.kronofogden.rest.PostponementAnswerRequest;
import se.bokvar.kronofogden.service.ContentHash.Json;
import se.bokvar.platform.outbox.Outbox;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;

/**
 * Postponement (anstånd med verkställighet): a caseworker's request, announced by case-service, is delivered to
 * Kronofogden until it confirms receipt (then SENT is announced); Kronofogden's decision arrives at the answer
 * endpoint (GRANTED or REFUSED is announced). Both reach the case's timeline in case-service.
 */
@ApplicationScoped
public class Postponements {

    private final Mutiny.SessionFactory sessionFactory;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper mapper;

    @Inject
    public Postponements(Mutiny.SessionFactory sessionFactory, Outbox outbox, Clock clock, ObjectMapper mapper) {
        this.sessionFactory = sessionFactory;
        this.outbox = outbox;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Records the request and its delivery, in the consumer's transaction (once per request id). */
    public Uni<Void> onRequested(Mutiny.Session session, PostponementRequestedV1 requested) {
        return session.find(PostponementRequest.class, requested.requestId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            return EvictionIntake.findNotice(session, requested.kfmCaseNumber(), false).flatMap(notice -> {
                Instant now = clock.instant();
                OffsetDateTime requestedAt = EvictionIntake.stockholm(requested.requestedAt() != null ? requested.requestedAt() : now);
                PostponementRequest request = new PostponementRequest();
                request.id = requested.requestId();
                request.caseId = requested.caseId();
                request.kfmCaseNumber = requested.kfmCaseNumber();
                request.grounds = requested.grounds();
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
                delivery.nextAttemptAt = EvictionIntake.stockholm(now);
                delivery.createdAt = EvictionIntake.stockholm(now);
                return session.persistAll(request, delivery);
            });
        });
    }

    /** Kronofogden's decision. Idempotent: the same answer again is accepted, a different one is a conflict. */
    public Uni<Received<AnswerReceipt>> answer(UUID requestId, PostponementAnswerRequest answer) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Instant newEvictionAt = answer.newEvictionAt() == null ? null : answer.newEvictionAt().toInstant();
        if (answer.outcome() == PostponementAnswerRequest.Outcome.REFUSED && newEvictionAt != null) {
            throw ProblemException.validation("newEvictionAt", "must be absent when the request is REFUSED");
        }
        String comment = blankToNull(answer.comment());
        String hash = ContentHash.of(mapper, new Object[] { answer.outcome().name(), newEvictionAt, comment });
        return sessionFactory.withTransaction((session, tx) -> session.find(PostponementRequest.class, requestId,
                LockModeType.PESSIMISTIC_WRITE).flatMap(request -> {
                    if (request == null) {
                        throw ProblemException.notFound("Postponement request " + requestId);
                    }
                    if (request.answerHash != null) {
                        if (!request.answerHash.equals(hash)) {
                            throw new ProblemException(ProblemType.CONFLICT, "Postponement request " + requestId
                                    + " was answered before with another answer");
                        }
                        return Uni.createFrom().item(new Received<>(receipt(request), false));
                    }
                    if (newEvictionAt != null && !newEvictionAt.isAfter(now)) {
                        throw ProblemException.validation("newEvictionAt", "must be in the future");
                    }
                    request.answerHash = hash;
                    request.outcome = answer.outcome().name();
                    request.status = PostponementRequest.Status.valueOf(answer.outcome().name());
                    request.answeredAt = EvictionIntake.stockholm(now);
                    request.newEvictionAt = newEvictionAt == null ? null : EvictionIntake.stockholm(newEvictionAt);
                    request.answerComment = comment;
                    return EvictionIntake.findNotice(session, request.kfmCaseNumber, true).flatMap(notice -> {
                        if (notice != null && answer.outcome() == PostponementAnswerRequest.Outcome.GRANTED && notice.state.isOpen()) {
                            notice.state = EvictionState.POSTPONED;
                            if (request.newEvictionAt != null) {
                                notice.evictionAt = request.newEvictionAt;
                            }
                            notice.updatedAt = request.answeredAt;
                        }
                        String key = notice != null ? notice.buildingKey : request.caseId.toString();
                        PostponementAnsweredV1 event = new PostponementAnsweredV1(request.id, request.caseId,
                                request.kfmCaseNumber, request.outcome, request.newEvictionAt, comment, now);
                        return outbox.append(session, DeliveryEvents.POSTPONEMENT_ANSWERED, key, request.caseId.toString(), event)
                                .replaceWith(new Received<>(receipt(request), true));
                    });
                }))
                .invoke(received -> {
                    if (received.created()) {
                        outbox.nudge();
                    }
                });
    }

    private static AnswerReceipt receipt(PostponementRequest request) {
        return new AnswerReceipt(request.id, request.kfmCaseNumber, request.outcome,
                EvictionIntake.stockholm(request.answeredAt.toInstant()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
