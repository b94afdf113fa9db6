package se.bokvar.intake.app;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.bokvar.platform.outbox.Outbox;

/**
 * The valid notices of a batch (large landlords), stored together in one transaction, each with its receipt and its
 * outbox event: either all of them are stored or, if the database fails, none (503; the whole batch can be sent
 * again safely, since notices are idempotent through the landlord's reference).
 */
@ApplicationScoped
public class ReceiveBatch {

    private final IdempotentWrite transactions;
    private final NoticeWriter writer;
    private final Clock clock;
    private final IntakeMetrics metrics;
    private final Outbox outbox;

    @Inject
    public ReceiveBatch(IdempotentWrite transactions, NoticeWriter writer, Clock clock, IntakeMetrics metrics, Outbox outbox) {
        this.transactions = transactions;
        this.writer = writer;
        this.clock = clock;
        this.metrics = metrics;
        this.outbox = outbox;
    }

    /** One result per form, in order. */
    public Uni<List<NoticeWriter.Stored>> receive(String landlordId, List<NoticeForm> forms) {
        if (forms.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Instant receivedAt = clock.instant();
        return transactions.inSqlTransaction(connection -> writer.store(connection, landlordId, forms, receivedAt)).invoke(results -> {
            boolean received = false;
            for (NoticeWriter.Stored stored : results) {
                if (stored.outcome() == NoticeWriter.StoreOutcome.RECEIVED) {
                    received = true;
                    metrics.received(stored.kind(), IntakeMetrics.Channel.BATCH);
                }
            }
            if (received) {
                outbox.nudge();
            }
        });
    }
}
