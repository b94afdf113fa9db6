package se.bokvar.kronofogden.app.delivery;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import se.bokvar.kronofogden.store.DeliveryKind;
import se.bokvar.kronofogden.store.AttemptOutcome;

/**
 * The adapter's delivery metrics (Prometheus at /q/metrics). Labels are only the delivery kind and the attempt
 * outcome: never a case, a person or an address.
 * <ul>
 * <li>{@code bokvar_kronofogden_deliveries_pending{kind}}: deliveries not confirmed yet</li>
 * <li>{@code bokvar_kronofogden_acknowledgements_overdue_pending}: acknowledgements past their alert time and still
 * not confirmed (alert on &gt; 0)</li>
 * <li>{@code bokvar_kronofogden_notices_unacknowledged}: notices past their alert time without a confirmed
 * acknowledgement, also when case-service never named anyone (alert on &gt; 0)</li>
 * <li>{@code bokvar_kronofogden_acknowledgements_overdue_total}: acknowledgements that were not confirmed in time
 * (each counted once, when supervisors were alerted)</li>
 * <li>{@code bokvar_kronofogden_delivery_attempts_total{kind,outcome}}: attempts by outcome</li>
 * <li>{@code bokvar_kronofogden_acknowledgement_latency_seconds} (count, sum, max, buckets): from an eviction
 * notice's receipt to Kronofogden's confirmation of its first acknowledgement</li>
 * </ul>
 */
@ApplicationScoped
public class DeliveryMetrics {

    private final MeterRegistry registry;
    private final Map<DeliveryKind, AtomicLong> pending = new EnumMap<>(DeliveryKind.class);
    private final AtomicLong overduePending = new AtomicLong();
    private final AtomicLong noticesUnacknowledged = new AtomicLong();
    private final Counter overdue;
    private final Timer acknowledgementLatency;

    @Inject
    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (DeliveryKind kind : DeliveryKind.values()) {
            AtomicLong value = new AtomicLong();
            pending.put(kind, value);
            Gauge.builder("bokvar.kronofogden.deliveries.pending", value, AtomicLong::get)
                    .description("Deliveries to Kronofogden or the letter channel not confirmed yet")
                    .tag("kind", kind.name()).register(registry);
        }
        Gauge.builder("bokvar.kronofogden.acknowledgements.overdue.pending", overduePending, AtomicLong::get)
                .description("AcknowledgeEviction past their alert time and still not confirmed by Kronofogden")
                .register(registry);
        Gauge.builder("bokvar.kronofogden.notices.unacknowledged", noticesUnacknowledged, AtomicLong::get)
                .description("Eviction notices past their alert time without an acknowledgement Kronofogden confirmed"
                        + " (also when no caseworker was named)")
                .register(registry);
        overdue = Counter.builder("bokvar.kronofogden.acknowledgements.overdue")
                .description("AcknowledgeEviction not confirmed in time (supervisors alerted)").register(registry);
        acknowledgementLatency = Timer.builder("bokvar.kronofogden.acknowledgement.latency")
                .description("From an eviction notice's receipt to Kronofogden's confirmation of its first acknowledgement")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofSeconds(1)).maximumExpectedValue(Duration.ofHours(24))
                .register(registry);
    }

    void acknowledgementLatency(Duration latency) {
        acknowledgementLatency.record(latency.isNegative() ? Duration.ZERO : latency);
    }

    /** AcknowledgeEviction whose latency was recorded since start. */
    public long acknowledgementLatencyCount() {
        return acknowledgementLatency.count();
    }

    void attempt(DeliveryKind kind, AttemptOutcome outcome) {
        registry.counter("bokvar.kronofogden.delivery.attempts", "kind", kind.name(), "outcome", outcome.name()).increment();
    }

    void overdue(int count) {
        overdue.increment(count);
    }

    void pending(DeliveryKind kind, long count) {
        pending.get(kind).set(count);
    }

    void overduePending(long count) {
        overduePending.set(count);
    }

    void noticesUnacknowledged(long count) {
        noticesUnacknowledged.set(count);
    }

    /** Notices past their alert time without a confirmed acknowledgement, as of the last round. */
    public long noticesUnacknowledged() {
        return noticesUnacknowledged.get();
    }

    /** AcknowledgeEviction alerted as overdue since start (for tests and the health of the alerting). */
    public double overdueCount() {
        return overdue.count();
    }
}
