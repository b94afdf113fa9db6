package se.bokvar.kronofogden.app.delivery;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Delivers what the adapter owes Kronofogden and tenants, and keeps trying until the receiver confirms. Each round
 * (every poll interval, and at once after new deliveries were recorded):
 * <ol>
 * <li>alerts supervisors about acknowledgements not confirmed in time ({@link AlertOverdueAcknowledgements});</li>
 * <li>claims, sends and records the due deliveries ({@link DeliverDueDeliveries}): a 2xx confirms (the delivery event
 * is announced through the outbox in the same transaction); anything else is retried after an exponential
 * backoff;</li>
 * <li>refreshes the delivery gauges ({@link RefreshDeliveryGauges}).</li>
 * </ol>
 * Everything lives in the database, so after a restart, or when Kronofogden comes back, the queue simply continues.
 * Intake of notices never waits for any of this.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryConfig config;
    private final Vertx vertx;
    private final AlertOverdueAcknowledgements overdueAlerts;
    private final DeliverDueDeliveries dueDeliveries;
    private final RefreshDeliveryGauges gauges;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile long timer = -1;

    @Inject
    public DeliveryWorker(DeliveryConfig config, Vertx vertx, AlertOverdueAcknowledgements overdueAlerts,
            DeliverDueDeliveries dueDeliveries, RefreshDeliveryGauges gauges) {
        this.config = config;
        this.vertx = vertx;
        this.overdueAlerts = overdueAlerts;
        this.dueDeliveries = dueDeliveries;
        this.gauges = gauges;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Delivery worker disabled (bokvar.delivery.enabled=false)");
            return;
        }
        running.set(true);
        timer = vertx.setPeriodic(Math.max(10, config.pollInterval().toMillis()), id -> nudge());
        nudge();
    }

    void onStop(@Observes ShutdownEvent event) {
        running.set(false);
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Starts a round now (after new deliveries were committed), or right after the running one. */
    public void nudge() {
        if (!running.get()) {
            return;
        }
        if (!busy.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        again.set(false);
        // Hibernate Reactive needs a safe, duplicated Vert.x context of its own for each round.
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(v -> round().subscribe().with(n -> finished(), failure -> {
            LOG.warnf("Delivery round failed (%s); trying again next round", AttemptResult.describe(failure));
            finished();
        }));
    }

    private void finished() {
        busy.set(false);
        if (again.getAndSet(false)) {
            nudge();
        }
    }

    /** One round: overdue alerts, then the due deliveries; returns how many deliveries were attempted. */
    Uni<Integer> round() {
        return overdueAlerts.alert()
                .flatMap(alerted -> dueDeliveries.deliver())
                .call(gauges::refresh);
    }
}
