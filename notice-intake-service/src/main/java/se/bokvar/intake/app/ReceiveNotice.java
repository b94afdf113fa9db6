package se.bokvar.intake.app;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.bokvar.platform.outbox.Outbox;
import se.bokvar.platform.problem.ProblemException;

/**
 * One notice from the single endpoint of its kind: 201 with the receipt, 200 with the original receipt for the same
 * notice again (same kind, reference and content), 409 for a reference taken by other content, or 429 when the
 * sender exceeded the bound for the household ({@link HouseholdFlood}). The notice, its
 * receipt and its outbox event are stored in one transaction, so a receipt is given only for what will reach case
 * management.
 */
@ApplicationScoped
public class ReceiveNotice {

    private final IdempotentWrite idempotency;
    private final NoticeWriter writer;
    private final StoredJson json;
    private final Clock clock;
    private final IntakeMetrics metrics;
    private final Outbox outbox;

    @Inject
    public ReceiveNotice(IdempotentWrite idempotency, NoticeWriter writer, StoredJson json, Clock clock,
            IntakeMetrics metrics, Outbox outbox) {
        this.idempotency = idempotency;
        this.writer = writer;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
        this.outbox = outbox;
    }

    public Uni<WriteAnswer> receive(String landlordId, NoticeForm form, String idempotencyKey) {
        // compared only with a key's stored answer: not computed without a key
        String fingerprint = idempotencyKey == null ? null
                : json.fingerprint(Fingerprint.newNoticeScope(form.noticeKind()), form);
        return idempotency.runSql(landlordId, idempotencyKey, fingerprint, connection -> writer.store(connection,
                landlordId, List.of(form), clock.instant()).map(results -> answer(results.get(0))))
                .invoke(answer -> {
                    if (answer.isNew()) {
                        outbox.nudge();
                        metrics.received(form.noticeKind(), IntakeMetrics.Channel.SINGLE);
                    }
                });
    }

    private static WriteAnswer answer(NoticeWriter.Stored stored) {
        return switch (stored.outcome()) {
            case RECEIVED -> new WriteAnswer(201, stored.receiptJson(), Receipt.statusUrl(stored.noticeId()), false);
            case ALREADY_RECEIVED -> new WriteAnswer(200, stored.receiptJson(), Receipt.statusUrl(stored.noticeId()), true);
            case CONFLICT -> throw new ProblemException(NoticeWriter.conflict(stored));
            case HOUSEHOLD_BOUND -> throw new ProblemException(NoticeWriter.householdBound(stored),
                    stored.retryAfterSeconds());
        };
    }
}
