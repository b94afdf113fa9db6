package se.bokvar.kronofogden.app.postponement;

import static se.bokvar.kronofogden.app.StockholmTime.of;
import static se.bokvar.kronofogden.app.StockholmTime.ofNullable;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.contracts.v1.PostponementAnsweredV1;
import se.bokvar.kronofogden.app.ContentHash;
import se.bokvar.kronofogden.app.IdempotentResult;
import se.bokvar.kronofogden.app.StockholmTime;
import se.bokvar.kronofogden.app.Text;
import se.bokvar.kronofogden.store.EvictionNotice;
import se.bokvar.kronofogden.store.EvictionNoticeRepository;
import se.bokvar.kronofogden.store.EvictionState;
import se.bokvar.kronofogden.store.PostponementRequest;
import se.bokvar.kronofogden.store.PostponementRequestRepository;
import se.bokvar.platform.outbox.Outbox;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;

/**
 * Kronofogden's decision on a postponement request: recorded, the notice postponed when granted, and GRANTED or
 * REFUSED announced to the case's timeline in case-service. Idempotent: the same answer again is accepted, a
 * different one is a conflict.
 */
@ApplicationScoped
public class AnswerPostponement {

    private final Mutiny.SessionFactory sessionFactory;
    private final PostponementRequestRepository requests;
    private final EvictionNoticeRepository notices;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper mapper;

    @Inject
    public AnswerPostponement(Mutiny.SessionFactory sessionFactory, PostponementRequestRepository requests,
            EvictionNoticeRepository notices, Outbox outbox, Clock clock, ObjectMapper mapper) {
        this.sessionFactory = sessionFactory;
        this.requests = requests;
        this.notices = notices;
        this.outbox = outbox;
        this.clock = clock;
        this.mapper = mapper;
    }

    public Uni<IdempotentResult<PostponementAnswerView>> answer(UUID requestId, PostponementAnswerCommand answer) {
        Instant now = StockholmTime.nowInMicros(clock);
        Instant newEvictionAt = answer.newEvictionAt() == null ? null : answer.newEvictionAt().toInstant();
        requireNoDateWhenRefused(answer.decision(), newEvictionAt);
        String comment = Text.blankToNull(answer.comment());
        String hash = ContentHash.of(mapper, new Object[] { answer.decision().name(), newEvictionAt, comment });
        return sessionFactory.withTransaction((session, tx) -> requests.findForUpdate(session, requestId).flatMap(request -> {
                    if (request == null) {
                        throw ProblemException.notFound("Postponement request " + requestId);
                    }
                    if (request.answerHash != null) {
                        if (!request.answerHash.equals(hash)) {
                            throw new ProblemException(ProblemType.CONFLICT, "Postponement request " + requestId
                                    + " was answered before with another answer");
                        }
                        return Uni.createFrom().item(new IdempotentResult<>(view(request), false));
                    }
                    if (newEvictionAt != null && !newEvictionAt.isAfter(now)) {
                        throw ProblemException.validation("newEvictionAt", "must be in the future");
                    }
                    request.answerHash = hash;
                    request.outcome = PostponementRequest.Decision.valueOf(answer.decision().name());
                    request.status = PostponementRequest.Status.valueOf(answer.decision().name());
                    request.answeredAt = of(now);
                    request.newEvictionAt = ofNullable(newEvictionAt);
                    request.answerComment = comment;
                    return notices.findForUpdate(session, request.kfmCaseNumber).flatMap(notice -> {
                        if (notice != null && answer.decision() == PostponementDecision.GRANTED) {
                            postpone(notice, request);
                        }
                        String key = notice != null ? notice.buildingKey : request.caseId.toString();
                        PostponementAnsweredV1 event = new PostponementAnsweredV1(request.id, request.caseId,
                                request.kfmCaseNumber, request.outcome.name(), request.newEvictionAt, comment, now);
                        return outbox.append(session, DeliveryEvents.POSTPONEMENT_ANSWERED, key, request.caseId.toString(), event)
                                .replaceWith(new IdempotentResult<>(view(request), true));
                    });
                }))
                .invoke(received -> {
                    if (received.created()) {
                        outbox.nudge();
                    }
                });
    }

    /** A refusal leaves the eviction's date as it is: it carries no new one. */
    static void requireNoDateWhenRefused(PostponementDecision decision, Instant newEvictionAt) {
        if (decision == PostponementDecision.REFUSED && newEvictionAt != null) {
            throw ProblemException.validation("newEvictionAt", "must be absent when the request is REFUSED");
        }
    }

    /** A granted postponement postpones an open case (to the new date, when Kronofogden set one). */
    static void postpone(EvictionNotice notice, PostponementRequest request) {
        if (!notice.state.isOpen()) {
            return;
        }
        notice.state = EvictionState.POSTPONED;
        if (request.newEvictionAt != null) {
            notice.evictionAt = request.newEvictionAt;
        }
        notice.updatedAt = request.answeredAt;
    }

    private static PostponementAnswerView view(PostponementRequest request) {
        return new PostponementAnswerView(request.id, request.kfmCaseNumber, PostponementDecision.valueOf(request.outcome.name()),
                of(request.answeredAt.toInstant()));
    }
}
