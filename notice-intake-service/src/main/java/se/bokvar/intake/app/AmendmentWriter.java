package se.bokvar.intake.app;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.EventType;
import se.bokvar.intake.store.AmendmentAction;
import se.bokvar.intake.store.Notice;
import se.bokvar.intake.store.NoticeAmendment;
import se.bokvar.intake.store.NoticeRepository;
import se.bokvar.intake.store.NoticeStatus;
import se.bokvar.platform.outbox.Outbox;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.rules.deadline.RecoveryPeriod;

/**
 * What every amendment of a notice (correction, served-date update, withdrawal) does the same way: find the
 * landlord's own notice and lock it, then store the amendment with its receipt (history is never rewritten) and its
 * outbox event in the same transaction; after commit, wake the relay and count it.
 */
@ApplicationScoped
public class AmendmentWriter {

    private final IdempotentWrite idempotency;
    private final NoticeRepository notices;
    private final StoredJson json;
    private final Outbox outbox;
    private final IntakeMetrics metrics;

    @Inject
    public AmendmentWriter(IdempotentWrite idempotency, NoticeRepository notices, StoredJson json, Outbox outbox,
            IntakeMetrics metrics) {
        this.idempotency = idempotency;
        this.notices = notices;
        this.json = json;
        this.outbox = outbox;
        this.metrics = metrics;
    }

    /**
     * Runs {@code work} on the landlord's notice, locked, in a transaction guarded by the idempotency key (404 for a
     * notice that is not the landlord's).
     *
     * @param request what the request asks for (its fingerprint is kept with the key)
     */
    Uni<WriteAnswer> amend(String landlordId, UUID noticeId, String idempotencyKey, String endpoint, Object request,
            IntakeMetrics.Amendment counted, BiFunction<Mutiny.Session, Notice, Uni<WriteAnswer>> work) {
        String fingerprint = json.fingerprint("POST " + Receipt.statusUrl(noticeId) + "/" + endpoint, request);
        return idempotency.run(landlordId, idempotencyKey, fingerprint, session -> notices.findForUpdate(session, noticeId)
                .map(notice -> {
                    if (notice == null || !notice.landlordId.equals(landlordId)) {
                        throw ProblemException.notFound("Notice " + noticeId);
                    }
                    return notice;
                })
                .flatMap(notice -> work.apply(session, notice)))
                .invoke(answer -> {
                    if (answer.isNew()) {
                        outbox.nudge();
                        metrics.amended(counted);
                    }
                });
    }

    static void requireNotWithdrawn(Notice notice, String what) {
        if (notice.status == NoticeStatus.WITHDRAWN) {
            throw new ProblemException(ProblemType.CONFLICT, "The notice was withdrawn; it cannot be " + what + ".");
        }
    }

    /**
     * Stores the amendment (its receipt states the notice as it now stands) and appends its event.
     *
     * @param details sets what the action records beyond its receipt
     */
    <T> Uni<WriteAnswer> record(Mutiny.Session session, Notice notice, UUID id, AmendmentAction action,
            OffsetDateTime receivedAt, Optional<RecoveryPeriod> period, Consumer<NoticeAmendment> details,
            EventType<T> type, T event) {
        AmendmentReceipt receipt = new AmendmentReceipt(id, notice.id, action.name(), receivedAt,
                period.map(Receipt.RecoveryPeriodView::of).orElse(null), notice.status.name(), Receipt.statusUrl(notice.id));
        NoticeAmendment amendment = new NoticeAmendment();
        amendment.id = id;
        amendment.noticeId = notice.id;
        amendment.action = action;
        amendment.receivedAt = receivedAt;
        amendment.receipt = json.write(receipt);
        details.accept(amendment);
        return notices.add(session, amendment)
                .call(() -> outbox.append(session, type, notice.partitionKey, notice.id.toString(), event))
                .replaceWith(new WriteAnswer(201, amendment.receipt, Receipt.statusUrl(notice.id), false));
    }
}
