package se.bokvar.platform.observability;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.mutiny.core.Vertx;
import se.bokvar.platform.outbox.OutboxRelay;

/**
 * The outbox as metrics: rows waiting, the age of the oldest (the alert: events are not reaching Kafka), and
 * rows published. Refreshed from the database every few seconds; no labels, so no personal data.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    static final Duration REFRESH = Duration.ofSeconds(5);

    private final AtomicLong backlog = new AtomicLong();
    private final AtomicReference<Double> oldestAgeSeconds = new AtomicReference<>(0.0);

    @Inject
    OutboxRelay relay;

    @Inject
    MeterRegistry registry;

    @Inject
    Vertx vertx;

    void register(@Observes Startup event) {
        Gauge.builder("bokvar.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet published to Kafka").baseUnit("rows").register(registry);
        Gauge.builder("bokvar.outbox.oldest.age", oldestAgeSeconds, AtomicReference::get)
                .description("Age of the oldest unpublished outbox row").baseUnit("seconds").register(registry);
        FunctionCounter.builder("bokvar.outbox.published", relay, OutboxRelay::publishedCount)
                .description("Events this instance published to Kafka").register(registry);
        vertx.setPeriodic(REFRESH.toMillis(), id -> refresh());
    }

    void refresh() {
        relay.backlog().subscribe().with(b -> {
            backlog.set(b.rows());
            oldestAgeSeconds.set(b.oldestAgeSeconds());
        }, failure -> LOG.debugf("Outbox backlog unavailable: %s", failure.getClass().getSimpleName()));
    }
}
