package se.bokvar.kronofogden.app.delivery;

import static se.bokvar.kronofogden.app.StockholmTime.of;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.contracts.v1.AcknowledgementDeliveredV1;
import se.bokvar.kronofogden.store.DeliveryRepository;
import se.bokvar.platform.outbox.Outbox;

/**
 * Alerts supervisors, once per acknowledgement, when one is past its alert time and still not confirmed (event
 * {@code ACKNOWLEDGEMENT} with status OVERDUE, metric).
 */
@ApplicationScoped
public class AlertOverdueAcknowledgements {

    private static final Logger LOG = Logger.getLogger(AlertOverdueAcknowledgements.class);

    private final Mutiny.SessionFactory sessionFactory;
    private final DeliveryRepository deliveries;
    private final Outbox outbox;
    private final Clock clock;
    private final DeliveryConfig config;
    private final DeliveryMetrics metrics;

    @Inject
    public AlertOverdueAcknowledgements(Mutiny.SessionFactory sessionFactory, DeliveryRepository deliveries, Outbox outbox,
            Clock clock, DeliveryConfig config, DeliveryMetrics metrics) {
        this.sessionFactory = sessionFactory;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.metrics = metrics;
    }

    /** Alerts for the overdue acknowledgements of one batch; returns how many. */
    Uni<Integer> alert() {
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> deliveries.claimOverdueUnalerted(session, of(now), config.batchSize())
                .flatMap(due -> Multi.createFrom().iterable(due).onItem().transformToUniAndConcatenate(d -> {
                    d.overdueAlertedAt = of(now);
                    AcknowledgementDeliveredV1 event = new AcknowledgementDeliveredV1(d.caseId, d.kfmCaseNumber, d.sequence,
                            "OVERDUE", now, d.attempts, d.caseworkerUserId);
                    return outbox.append(session, DeliveryEvents.ACKNOWLEDGEMENT, d.partitionKey, d.caseId.toString(), event);
                }).collect().asList().map(List::size)))
                .invoke(count -> {
                    if (count > 0) {
                        metrics.overdue(count);
                        outbox.nudge();
                        LOG.warnf("%d acknowledgement(s) to Kronofogden not confirmed in time: supervisors alerted", count);
                    }
                });
    }
}
