package se.bokvar.kronofogden.app.delivery;

import static se.bokvar.kronofogden.app.StockholmTime.of;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import se.bokvar.kronofogden.store.Delivery;
import se.bokvar.kronofogden.store.DeliveryRepository;

/**
 * Claims due deliveries ({@code FOR UPDATE SKIP LOCKED}, then a lease, so several replicas share the work and no HTTP
 * call holds a transaction open), sends each through {@link DeliverySender}, and records every attempt with
 * {@link RecordDeliveryAttempt}.
 */
@ApplicationScoped
public class DeliverDueDeliveries {

    private static final Logger LOG = Logger.getLogger(DeliverDueDeliveries.class);

    private final Mutiny.SessionFactory sessionFactory;
    private final DeliveryRepository deliveries;
    private final DeliverySender sender;
    private final RecordDeliveryAttempt recorder;
    private final Clock clock;
    private final DeliveryConfig config;

    @Inject
    public DeliverDueDeliveries(Mutiny.SessionFactory sessionFactory, DeliveryRepository deliveries, DeliverySender sender,
            RecordDeliveryAttempt recorder, Clock clock, DeliveryConfig config) {
        this.sessionFactory = sessionFactory;
        this.deliveries = deliveries;
        this.sender = sender;
        this.recorder = recorder;
        this.clock = clock;
        this.config = config;
    }

    /** One batch: returns how many deliveries were attempted. */
    Uni<Integer> deliver() {
        return claimDue().flatMap(this::attemptAll);
    }

    private Uni<List<Delivery>> claimDue() {
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> deliveries.claimDue(session, of(now), config.batchSize())
                .invoke(due -> due.forEach(d -> d.leaseUntil = of(now.plus(config.lease())))));
    }

    /**
     * Sends every claimed delivery at once (HTTP only), then records the outcomes one after the other: the
     * round's database work shares one Hibernate Reactive session, which must not be used concurrently.
     */
    private Uni<Integer> attemptAll(List<Delivery> due) {
        if (due.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Uni<Attempted>> sends = new ArrayList<>(due.size());
        for (Delivery d : due) {
            Instant attemptedAt = clock.instant();
            sends.add(sender.attempt(d).map(result -> new Attempted(d.id, attemptedAt, result)));
        }
        // the HTTP client may complete on a worker thread: back to this round's Vert.x context for the database
        Context context = Vertx.currentContext();
        return Uni.join().all(sends).andFailFast()
                .emitOn(command -> context.runOnContext(v -> command.run()))
                .flatMap(attempted -> Multi.createFrom().iterable(attempted)
                        .onItem().transformToUniAndConcatenate(a -> recorder.record(a.id(), a.attemptedAt(), a.result())
                                .onFailure().invoke(f -> LOG.warnf("Recording the attempt of delivery %s failed (%s); it is"
                                        + " attempted again when its lease ends", a.id(), AttemptResult.describe(f)))
                                .onFailure().recoverWithNull())
                        .collect().asList())
                .replaceWith(due.size());
    }

    private record Attempted(UUID id, Instant attemptedAt, AttemptResult result) {
    }
}
