package se.bokvar.cases.service;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.CaseLetter;
import se.bokvar.cases.HouseholdCase;
import se.bokvar.cases.KfmEviction;
import se.bokvar.cases.PostponementRequest;
import se.bokvar.cases.deadline.DeadlineService;
import se.bokvar.contracts.v1.AcknowledgementDeliveredV1;
import se.bokvar.contracts.v1.PostponementAnsweredV1;
import se.bokvar.contracts.v1.TenantLetterDispatchedV1;
import se.bokvar.rules.calendar.Stockholm;

/**
 * What kronofogden-adapter delivered: Kronofogden's confirmation of the acknowledgement (or that it is overdue,
 * shown to supervisors), the copy to the tenant (kept with the case, readable by its caseworkers), and the answer to
 * a postponement request. All of it goes on the timeline.
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    private final Timeline timeline;
    private final DeadlineService deadlines;

    @Inject
    public Deliveries(Timeline timeline, DeadlineService deadlines) {
        this.timeline = timeline;
        this.deadlines = deadlines;
    }

    public Uni<Void> acknowledgement(Mutiny.Session session, AcknowledgementDeliveredV1 ack) {
        return session.find(HouseholdCase.class, ack.caseId(), LockMode.PESSIMISTIC_WRITE).flatMap(c -> {
            if (c == null) {
                LOG.warnf("An acknowledgement for unknown case %s; ignored", ack.caseId());
                return Uni.createFrom().voidItem();
            }
            return session.find(KfmEviction.class, new KfmEviction.Key(c.id, ack.kfmCaseNumber())).flatMap(k -> {
                if (k == null) {
                    LOG.warnf("An acknowledgement for an eviction case not on case %s; ignored", c.id);
                    return Uni.createFrom().voidItem();
                }
                boolean confirmed = "CONFIRMED".equals(ack.status());
                if (confirmed || !"CONFIRMED".equals(k.ackStatus)) {
                    k.ackStatus = ack.status();
                    k.ackAt = ack.at() == null ? null : OffsetDateTime.ofInstant(ack.at(), Stockholm.STOCKHOLM);
                    k.ackAttempts = ack.attempts();
                }
                String summary = confirmed
                        ? "Kronofogden confirmed the acknowledgement naming the responsible caseworker (naming " + ack.sequence() + ")"
                        : "The acknowledgement to Kronofogden is OVERDUE: not confirmed on its day (" + ack.attempts()
                                + " attempts); supervisors are alerted";
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("status", ack.status());
                details.put("sequence", ack.sequence());
                details.put("attempts", ack.attempts());
                return timeline.add(session, c.id, ack.at() == null ? java.time.Instant.now() : ack.at(),
                        "ACKNOWLEDGEMENT_" + ack.status(), summary, ack.caseworkerUserId(), ack.kfmCaseNumber(), details)
                        .flatMap(v -> deadlines.refresh(session, c));
            });
        });
    }

    public Uni<Void> tenantLetter(Mutiny.Session session, TenantLetterDispatchedV1 letter) {
        return session.find(HouseholdCase.class, letter.caseId()).flatMap(c -> {
            if (c == null) {
                LOG.warnf("A tenant letter for unknown case %s; ignored", letter.caseId());
                return Uni.createFrom().voidItem();
            }
            return session.find(CaseLetter.class, letter.letterId()).flatMap(existing -> {
                if (existing != null) {
                    return Uni.createFrom().voidItem();
                }
                CaseLetter l = new CaseLetter();
                l.id = letter.letterId();
                l.caseId = c.id;
                l.kfmCaseNumber = letter.kfmCaseNumber();
                l.dispatchedAt = OffsetDateTime.ofInstant(letter.dispatchedAt(), Stockholm.STOCKHOLM);
                l.providerReference = letter.providerReference();
                l.html = letter.html();
                return session.persist(l).flatMap(v -> timeline.add(session, c.id, letter.dispatchedAt(),
                        "TENANT_LETTER_DISPATCHED", "The copy of the acknowledgement was sent to the tenant", null,
                        l.id.toString(), Map.of("letter", "/api/v1/cases/" + c.id + "/letters/" + l.id)));
            });
        });
    }

    public Uni<Void> postponementAnswered(Mutiny.Session session, PostponementAnsweredV1 answer) {
        return session.find(HouseholdCase.class, answer.caseId()).flatMap(c -> {
            if (c == null) {
                LOG.warnf("A postponement answer for unknown case %s; ignored", answer.caseId());
                return Uni.createFrom().voidItem();
            }
            return session.find(PostponementRequest.class, answer.requestId()).flatMap(request -> {
                if (request != null && !"GRANTED".equals(request.outcome) && !"REFUSED".equals(request.outcome)) {
                    request.outcome = answer.outcome();
                    request.answeredAt = answer.at() == null ? null : OffsetDateTime.ofInstant(answer.at(), Stockholm.STOCKHOLM);
                    request.newEvictionAt = answer.newEvictionAt();
                    request.comment = answer.comment();
                }
                String summary = switch (answer.outcome()) {
                    case "SENT" -> "The postponement request reached Kronofogden";
                    case "GRANTED" -> "Kronofogden granted the postponement"
                            + (answer.newEvictionAt() == null ? "" : "; new date " + answer.newEvictionAt());
                    case "REFUSED" -> "Kronofogden refused the postponement";
                    default -> "Kronofogden answered the postponement request (" + answer.outcome() + ")";
                };
                return timeline.add(session, c.id, answer.at() == null ? java.time.Instant.now() : answer.at(),
                        "POSTPONEMENT_" + answer.outcome(), summary, null, answer.requestId().toString(),
                        answer.comment() == null ? null : Map.of("comment", answer.comment()));
            });
        });
    }
}
