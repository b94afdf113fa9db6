package se.bokvar.cases.app.deadline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import se.bokvar.cases.store.deadline.DeadlineStore;
import se.bokvar.rules.deadline.DeadlineEngine;

/**
 * Business metrics of the deadline engine, for ops and alerting: {@code bokvar_deadlines_near_total} and
 * {@code bokvar_deadlines_breached_total}, one increment per near or breach alert this instance announced, tagged
 * only by the deadline's kind ({@code deadline}: RECOVERY_PERIOD, PRE_ASSESSMENT, KFM_ACKNOWLEDGEMENT, EVICTION). No
 * case ids, boards or personal data: the labels are a closed set of four values.
 *
 * <p>"Announced" means committed. The alert row and its outbox event are appended inside the caller's transaction
 * ({@link DeadlineService}), which may still roll back (a crash, a lost race with another replica, a retried
 * transient failure), so the alert is only noted as pending there; every {@link #CONFIRM_EVERY} this instance looks
 * its pending alerts up in {@code deadline_alert} and counts those that committed, each once. An alert that does not
 * appear within {@link #GIVE_UP_AFTER} was rolled back and is dropped uncounted. The count is per instance (the one
 * that appended the alert): summed over replicas it is the number of alerts announced, since each alert row exists
 * once (the table's uniqueness guard).
 */
@ApplicationScoped
public class DeadlineMetrics {

    private static final Logger LOG = Logger.getLogger(DeadlineMetrics.class);

    static final Duration CONFIRM_EVERY = Duration.ofSeconds(2);
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);

    record Pending(DeadlineEngine.Kind deadline, DeadlineEngine.Alert alert, long appendedAtNanos) {
    }

    private final Map<UUID, Pending> pending = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;

    @Inject
    DeadlineStore store;

    @Inject
    Vertx vertx;

    void register(@Observes Startup event) {
        for (DeadlineEngine.Kind kind : DeadlineEngine.Kind.values()) {
            for (DeadlineEngine.Alert alert : DeadlineEngine.Alert.values()) {
                counter(kind, alert);
            }
        }
        vertx.setPeriodic(CONFIRM_EVERY.toMillis(), id -> confirm().subscribe().with(n -> {
        }, failure -> LOG.debugf("Deadline alerts not confirmed yet (%s); retried", failure.getClass().getSimpleName())));
    }

    Counter counter(DeadlineEngine.Kind kind, DeadlineEngine.Alert alert) {
        String name = switch (alert) {
            case NEAR -> "bokvar.deadlines.near";
            case BREACHED -> "bokvar.deadlines.breached";
        };
        String description = switch (alert) {
            case NEAR -> "Deadlines announced as near (the configured lead time before they pass)";
            case BREACHED -> "Deadlines announced as breached";
        };
        return Counter.builder(name).description(description).tag("deadline", kind.name()).register(registry);
    }

    /** An alert row and its event were appended in a transaction not committed yet: counted once it commits. */
    void appended(UUID alertId, DeadlineEngine.Kind deadline, DeadlineEngine.Alert alert) {
        pending.put(alertId, new Pending(deadline, alert, System.nanoTime()));
    }

    /** Counts the pending alerts that committed and drops those that never will; returns how many were counted. */
    public Uni<Integer> confirm() {
        if (pending.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<UUID> ids = List.copyOf(pending.keySet());
        return store.committedAlerts(ids)
                .map(committed -> {
                    int counted = 0;
                    for (UUID alertId : committed) {
                        Pending p = pending.remove(alertId);
                        if (p != null) {
                            counter(p.deadline(), p.alert()).increment();
                            counted++;
                        }
                    }
                    long tooOld = System.nanoTime() - GIVE_UP_AFTER.toNanos();
                    for (UUID id : ids) {
                        Pending p = pending.get(id);
                        if (p != null && p.appendedAtNanos() - tooOld < 0) {
                            pending.remove(id);
                        }
                    }
                    return counted;
                });
    }
}
