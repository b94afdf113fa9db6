package se.bokvar.cases.app.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.app.deadline.DeadlineService;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.contracts.v1.AcknowledgementDeliveredV1;
import se.bokvar.platform.messaging.EventRoutes;
import se.bokvar.rules.calendar.Stockholm;

/**
 * Kronofogden's confirmation of the acknowledgement naming the responsible caseworker, or that it is overdue (shown
 * to supervisors), as kronofogden-adapter reports it: on the eviction and the timeline; the deadlines are recomputed.
 */
@ApplicationScoped
public class RecordAcknowledgement {

    private static final Logger LOG = Logger.getLogger(RecordAcknowledgement.class);

    private final Timeline timeline;
    private final Clock clock;
    private final DeadlineService deadlines;

    @Inject
    public RecordAcknowledgement(Timeline timeline, Clock clock, DeadlineService deadlines) {
        this.timeline = timeline;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /** An acknowledgement result names its case, eviction and one of the known statuses. */
    public static void check(AcknowledgementDeliveredV1 ack) {
        EventRoutes.require(ack.caseId() != null && ack.kfmCaseNumber() != null
                && Arrays.stream(KfmEviction.Acknowledgement.values()).anyMatch(s -> s.name().equals(ack.status())),
                "an acknowledgement result without its case, eviction or a known status");
    }

    public Uni<Void> handle(Mutiny.Session session, AcknowledgementDeliveredV1 ack) {
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
                KfmEviction.Acknowledgement status = KfmEviction.Acknowledgement.valueOf(ack.status());
                boolean confirmed = status == KfmEviction.Acknowledgement.CONFIRMED;
                if (confirmed || k.ackStatus != KfmEviction.Acknowledgement.CONFIRMED) {
                    k.ackStatus = status;
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
                return timeline.add(session, c.id, ack.at() == null ? clock.instant() : ack.at(),
                        "ACKNOWLEDGEMENT_" + ack.status(), summary, ack.caseworkerUserId(), ack.kfmCaseNumber(), details)
                        .flatMap(v -> deadlines.refresh(session, c));
            });
        });
    }
}
