package se.bokvar.kronofogden.app.delivery;

import static se.bokvar.kronofogden.app.StockholmTime.of;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.bokvar.kronofogden.store.AttemptOutcome;
import se.bokvar.kronofogden.store.Delivery;
import se.bokvar.kronofogden.store.DeliveryAttempt;
import se.bokvar.kronofogden.store.DeliveryKind;
import se.bokvar.kronofogden.store.DeliveryRepository;
import se.bokvar.kronofogden.store.DeliveryStatus;
import se.bokvar.kronofogden.store.EvictionNoticeRepository;
import se.bokvar.platform.outbox.Outbox;

/**
 * Records one attempt of a delivery in its own transaction: the attempt row, and on the delivery either the
 * confirmation (announced through the outbox in the same transaction) or the next attempt after the backoff.
 */
@ApplicationScoped
public class RecordDeliveryAttempt {

    private static final Logger LOG = Logger.getLogger(RecordDeliveryAttempt.class);

    private final Mutiny.SessionFactory sessionFactory;
    private final DeliveryRepository deliveries;
    private final EvictionNoticeRepository notices;
    private final AnnounceConfirmedDelivery announcer;
    private final Outbox outbox;
    private final DeliveryConfig config;
    private final DeliveryMetrics metrics;

    @Inject
    public RecordDeliveryAttempt(Mutiny.SessionFactory sessionFactory, DeliveryRepository deliveries,
            EvictionNoticeRepository notices, AnnounceConfirmedDelivery announcer, Outbox outbox, DeliveryConfig config,
            DeliveryMetrics metrics) {
        this.sessionFactory = sessionFactory;
        this.deliveries = deliveries;
        this.notices = notices;
        this.announcer = announcer;
        this.outbox = outbox;
        this.config = config;
        this.metrics = metrics;
    }

    Uni<Void> record(UUID id, Instant attemptedAt, AttemptResult result) {
        AtomicReference<Duration> latency = new AtomicReference<>();
        return sessionFactory.withTransaction((session, tx) -> deliveries.findForUpdate(session, id)
                .flatMap(d -> {
                    DeliveryAttempt attempt = new DeliveryAttempt();
                    attempt.deliveryId = id;
                    attempt.attemptedAt = of(attemptedAt);
                    attempt.outcome = result.outcome();
                    attempt.httpStatus = result.httpStatus();
                    attempt.detail = result.detail();
                    d.attempts++;
                    d.leaseUntil = null;
                    d.lastOutcome = result.outcome();
                    d.lastHttpStatus = result.httpStatus();
                    Uni<Void> effect = Uni.createFrom().voidItem();
                    if (result.outcome() == AttemptOutcome.CONFIRMED) {
                        if (d.status != DeliveryStatus.CONFIRMED) {
                            d.status = DeliveryStatus.CONFIRMED;
                            d.confirmedAt = of(result.confirmedAt());
                            d.remoteReference = result.reference();
                            effect = announcer.announce(session, d, result);
                            if (d.kind == DeliveryKind.ACKNOWLEDGEMENT) {
                                effect = effect.call(() -> firstAcknowledgementLatency(session, d, result.confirmedAt())
                                        .invoke(latency::set));
                            }
                        }
                    } else if (d.status == DeliveryStatus.PENDING) {
                        d.nextAttemptAt = of(attemptedAt.plus(
                                DeliveryPolicy.backoff(d.attempts, config.initialBackoff(), config.maxBackoff())));
                    }
                    DeliveryKind kind = d.kind;
                    Uni<Void> announced = effect;
                    return deliveries.persistAttempt(session, attempt).call(() -> announced).replaceWith(kind);
                }))
                .invoke(kind -> {
                    metrics.attempt(kind, result.outcome());
                    if (latency.get() != null) {
                        metrics.acknowledgementLatency(latency.get());
                    }
                    if (result.outcome() == AttemptOutcome.CONFIRMED) {
                        outbox.nudge();
                    } else {
                        LOG.infof("%s delivery %s not confirmed (%s); will retry", kind, id, result.detail());
                    }
                })
                .replaceWithVoid();
    }

    /**
     * The time from the eviction notice's receipt to Kronofogden's confirmation of its first acknowledgement (null
     * when an earlier acknowledgement of the same KFM case was already confirmed: a renewal after a reassignment is
     * not the notice's acknowledgement latency).
     */
    private Uni<Duration> firstAcknowledgementLatency(Mutiny.Session session, Delivery d, Instant confirmedAt) {
        return deliveries.countOtherConfirmedAcknowledgements(session, d.kfmCaseNumber, d.id)
                .flatMap(earlier -> earlier > 0 ? Uni.createFrom().nullItem()
                        : notices.receivedAt(session, d.kfmCaseNumber)
                                .map(received -> received == null || confirmedAt == null ? null
                                        : Duration.between(received.toInstant(), confirmedAt)));
    }
}
