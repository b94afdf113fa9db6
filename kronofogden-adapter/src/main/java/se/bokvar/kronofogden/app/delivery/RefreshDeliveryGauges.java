package se.bokvar.kronofogden.app.delivery;

import static se.bokvar.kronofogden.app.StockholmTime.of;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.kronofogden.store.DeliveryKind;
import se.bokvar.kronofogden.store.DeliveryRepository;
import se.bokvar.kronofogden.store.EvictionNoticeRepository;
import se.bokvar.kronofogden.store.PendingDeliveryCount;

/** Sets the delivery gauges (pending per kind, overdue pending, notices unacknowledged) from the database. */
@ApplicationScoped
public class RefreshDeliveryGauges {

    private final Mutiny.SessionFactory sessionFactory;
    private final DeliveryRepository deliveries;
    private final EvictionNoticeRepository notices;
    private final Clock clock;
    private final DeliveryMetrics metrics;

    @Inject
    public RefreshDeliveryGauges(Mutiny.SessionFactory sessionFactory, DeliveryRepository deliveries,
            EvictionNoticeRepository notices, Clock clock, DeliveryMetrics metrics) {
        this.sessionFactory = sessionFactory;
        this.deliveries = deliveries;
        this.notices = notices;
        this.clock = clock;
        this.metrics = metrics;
    }

    Uni<Void> refresh() {
        return sessionFactory.withSession(session -> deliveries.countPendingByKind(session)
                .flatMap(rows -> {
                    for (DeliveryKind kind : DeliveryKind.values()) {
                        metrics.pending(kind, 0);
                    }
                    for (PendingDeliveryCount row : rows) {
                        metrics.pending(row.kind(), row.count());
                    }
                    return deliveries.countOverduePending(session);
                })
                .invoke(metrics::overduePending)
                .flatMap(n -> notices.countUnacknowledged(session, of(clock.instant())))
                .invoke(count -> metrics.noticesUnacknowledged(count))
                .replaceWithVoid());
    }
}
