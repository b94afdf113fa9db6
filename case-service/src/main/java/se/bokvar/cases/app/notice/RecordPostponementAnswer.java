package se.bokvar.cases.app.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.PostponementRequest;
import se.bokvar.contracts.v1.PostponementAnsweredV1;
import se.bokvar.platform.messaging.EventRoutes;
import se.bokvar.rules.calendar.Stockholm;

/** Kronofogden's answer to a postponement request (anstånd), on the request and the timeline. */
@ApplicationScoped
public class RecordPostponementAnswer {

    private static final Logger LOG = Logger.getLogger(RecordPostponementAnswer.class);

    private final Timeline timeline;
    private final Clock clock;

    @Inject
    public RecordPostponementAnswer(Timeline timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    /** An answer names its request, case and one of the known outcomes. */
    public static void check(PostponementAnsweredV1 answer) {
        EventRoutes.require(answer.requestId() != null && answer.caseId() != null
                && Arrays.stream(PostponementRequest.Answer.values()).anyMatch(a -> a.name().equals(answer.outcome())),
                "a postponement answer without its request, case or a known outcome");
    }

    public Uni<Void> handle(Mutiny.Session session, PostponementAnsweredV1 answer) {
        return session.find(HouseholdCase.class, answer.caseId()).flatMap(c -> {
            if (c == null) {
                LOG.warnf("A postponement answer for unknown case %s; ignored", answer.caseId());
                return Uni.createFrom().voidItem();
            }
            return session.find(PostponementRequest.class, answer.requestId()).flatMap(request -> {
                PostponementRequest.Answer outcome = PostponementRequest.Answer.valueOf(answer.outcome());
                if (request != null && (request.outcome == null || !request.outcome.decided())) {
                    request.outcome = outcome;
                    request.answeredAt = answer.at() == null ? null : OffsetDateTime.ofInstant(answer.at(), Stockholm.STOCKHOLM);
                    request.newEvictionAt = answer.newEvictionAt();
                    request.comment = answer.comment();
                }
                String summary = switch (outcome) {
                    case SENT -> "The postponement request reached Kronofogden";
                    case GRANTED -> "Kronofogden granted the postponement"
                            + (answer.newEvictionAt() == null ? "" : "; new date " + answer.newEvictionAt());
                    case REFUSED -> "Kronofogden refused the postponement";
                };
                return timeline.add(session, c.id, answer.at() == null ? clock.instant() : answer.at(),
                        "POSTPONEMENT_" + answer.outcome(), summary, null, answer.requestId().toString(),
                        answer.comment() == null ? null : Map.of("comment", answer.comment()));
            });
        });
    }
}
