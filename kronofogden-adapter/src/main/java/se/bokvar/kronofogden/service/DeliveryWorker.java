package se.bokvar.kronofogden.service;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import se.bokvar.contracts.DeliveryEvents;
import se.bokvar.contracts.v1.AcknowledgementDeliveredV1;
import se.bokvar.contracts.v1.PostponementAnsweredV1;
import se.bokvar.contracts.v1.TenantLetterDispatchedV1;
import se.bokvar.kronofogden.Delivery;
import se.bokvar.kronofogden.DeliveryAttempt;
import se.bokvar.kronofogden.DeliveryKind;
import se.bokvar.kronofogden.DeliveryStatus;
import se.bokvar.kronofogden.PostponementRequest;
import se.bokvar.kronofogden.client.KronofogdenClient;
import se.bokvar.kronofogden.client.LetterChannelClient;
import se.bokvar.kronofogden.client.LetterMessage;
import se.bokvar.kronofogden.service.ContentHash.Json;
import se.bokvar.platform.outbox.Outbox;

/**
 * Delivers what the adapter owes Kronofogden and tenants, and keeps trying until the receiver confirms. Each round
 * (every poll interval, and at once after new deliveries were recorded):
 * <ol>
 * <li>alerts supervisors, once per acknowledgement, when one is past its alert time and still not confirmed
 * (event {@code ACKNOWLEDGEMENT} with status OVERDUE, metric);</li>
 * <li>claims due deliveries ({@code FOR UPDATE SKIP LOCKED}, then a lease, so several replicas share the work and
 * no HTTP call holds a transaction open), sends each through the HTTP client with its id as the Idempotency-Key,
 * and records the attempt: a 2xx confirms (the delivery event is announced through the outbox in the same
 * transaction); anything else is retried after an exponential backoff.</li>
 * </ol>
 * Everything lives in the database, so after a restart, or when Kronofogden comes back, the queue simply continues.
 * Intake of notices never waits for any of this.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final Mutiny.SessionFactory sessionFactory;
    private final Outbox outbox;
    private final Clock clock;
    private final DeliveryConfig config;
    private final KronofogdenClient kronofogden;
    private final LetterChannelClient letterChannel;
    private final ObjectMapper mapper;
    private final Vertx vertx;
    private final DeliveryMetrics metrics;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile long timer = -1;

    @Inject
    public DeliveryWorker(Mutiny.SessionFactory sessionFactory, Outbox outbox, Clock clock, DeliveryConfig config,
            @RestClient KronofogdenClient kronofogden, @RestClient LetterChannelClient letterChannel, ObjectMapper mapper,
            Vertx vertx, DeliveryMetrics metrics) {
        this.sessionFactory = sessionFactory;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.kronofogden = kronofogden;
        this.letterChannel = letterChannel;
        this.mapper = mapper;
        this.vertx = vertx;
        this.metrics = metrics;
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
            LOG.warnf("Delivery round failed (%s); trying again next round", rootCause(failure));
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
        return alertOverdue()
                .flatMap(alerted -> claimDue())
                .flatMap(this::attemptAll)
                .call(this::refreshGauges);
    }

    // ------------------------------------------------------------------------------------------ overdue alerts

    private Uni<Integer> alertOverdue() {
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> session.createSelectionQuery("from Delivery where kind = :ack"
                        + " and status = :pending and overdueAlertedAt is null and overdueAt <= :now order by overdueAt", Delivery.class)
                .setParameter("ack", DeliveryKind.ACKNOWLEDGEMENT).setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", EvictionIntake.stockholm(now))
                .setMaxResults(config.batchSize()).setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                .getResultList()
                .flatMap(due -> Multi.createFrom().iterable(due).onItem().transformToUniAndConcatenate(d -> {
                    d.overdueAlertedAt = EvictionIntake.stockholm(now);
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

    // ------------------------------------------------------------------------------------------ deliveries

    private Uni<List<Delivery>> claimDue() {
        Instant now = clock.instant();
        OffsetDateTime nowAt = EvictionIntake.stockholm(now);
        return sessionFactory.withTransaction((session, tx) -> session.createSelectionQuery("from Delivery where status = :pending"
                        + " and nextAttemptAt <= :now and (leaseUntil is null or leaseUntil <= :now) order by nextAttemptAt", Delivery.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", nowAt)
                .setMaxResults(config.batchSize()).setLockMode(LockMode.UPGRADE_SKIPLOCKED)
                .getResultList()
                .invoke(due -> due.forEach(d -> d.leaseUntil = EvictionIntake.stockholm(now.plus(config.lease())))));
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
            sends.add(attempt(d));
        }
        // the HTTP client may complete on a worker thread: back to this round's Vert.x context for the database
        Context context = Vertx.currentContext();
        return Uni.join().all(sends).andFailFast()
                .emitOn(command -> context.runOnContext(v -> command.run()))
                .flatMap(attempted -> Multi.createFrom().iterable(attempted)
                        .onItem().transformToUniAndConcatenate(a -> record(a.id(), a.attemptedAt(), a.result())
                                .onFailure().invoke(f -> LOG.warnf("Recording the attempt of delivery %s failed (%s); it is"
                                        + " attempted again when its lease ends", a.id(), rootCause(f)))
                                .onFailure().recoverWithNull())
                        .collect().asList())
                .replaceWith(due.size());
    }

    /** One HTTP attempt; never fails (a failure is an outcome). */
    private Uni<Attempted> attempt(Delivery d) {
        Instant attemptedAt = clock.instant();
        return Uni.createFrom().deferred(() -> send(d))
                .map(response -> response.getStatus() / 100 == 2
                        ? Result.confirmed(response.getStatus(), reference(response), clock.instant())
                        : new Result(DeliveryAttempt.Outcome.REFUSED, response.getStatus(), "HTTP " + response.getStatus(), null, null))
                .onFailure().recoverWithItem(DeliveryWorker::failed)
                .map(result -> new Attempted(d.id, attemptedAt, result));
    }

    record Attempted(UUID id, Instant attemptedAt, Result result) {
    }

    static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private Uni<Response> send(Delivery d) {
        String key = d.id.toString();
        return switch (d.kind) {
            case ACKNOWLEDGEMENT -> kronofogden.acknowledge(key, d.payload);
            case POSTPONEMENT_REQUEST -> kronofogden.requestPostponement(key, d.payload);
            case TENANT_LETTER -> letterChannel.dispatch(key, d.payload);
        };
    }

    private String reference(Response response) {
        try {
            String body = response.readEntity(String.class);
            JsonNode node = body == null || body.isBlank() ? null : mapper.readTree(body);
            JsonNode reference = node == null ? null : node.get("reference");
            return reference == null || !reference.isTextual() ? null : reference.asText();
        } catch (Exception e) {
            // 2xx is the confirmation; a receipt we cannot read does not undo it
            return null;
        }
    }

    static Result failed(Throwable failure) {
        if (failure instanceof WebApplicationException w && w.getResponse() != null) {
            int status = w.getResponse().getStatus();
            return new Result(DeliveryAttempt.Outcome.REFUSED, status, "HTTP " + status, null, null);
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root instanceof ConnectException ? "connection refused" : root.getClass().getSimpleName();
        return new Result(DeliveryAttempt.Outcome.UNREACHABLE, null, detail, null, null);
    }

    private Uni<Void> record(UUID id, Instant attemptedAt, Result result) {
        java.util.concurrent.atomic.AtomicReference<java.time.Duration> latency = new java.util.concurrent.atomic.AtomicReference<>();
        return sessionFactory.withTransaction((session, tx) -> session.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE)
                .flatMap(d -> {
                    DeliveryAttempt attempt = new DeliveryAttempt();
                    attempt.deliveryId = id;
                    attempt.attemptedAt = EvictionIntake.stockholm(attemptedAt);
                    attempt.outcome = result.outcome().name();
                    attempt.httpStatus = result.httpStatus();
                    attempt.detail = result.detail();
                    d.attempts++;
                    d.leaseUntil = null;
                    d.lastOutcome = result.outcome().name();
                    d.lastHttpStatus = result.httpStatus();
                    Uni<Void> effect = Uni.createFrom().voidItem();
                    if (result.outcome() == DeliveryAttempt.Outcome.CONFIRMED) {
                        if (d.status != DeliveryStatus.CONFIRMED) {
                            d.status = DeliveryStatus.CONFIRMED;
                            d.confirmedAt = EvictionIntake.stockholm(result.confirmedAt());
                            d.remoteReference = result.reference();
                            effect = announceConfirmed(session, d, result);
                            if (d.kind == DeliveryKind.ACKNOWLEDGEMENT) {
                                effect = effect.call(() -> firstAcknowledgementLatency(session, d, result.confirmedAt())
                                        .invoke(latency::set));
                            }
                        }
                    } else if (d.status == DeliveryStatus.PENDING) {
                        d.nextAttemptAt = EvictionIntake.stockholm(attemptedAt.plus(
                                DeliveryPolicy.backoff(d.attempts, config.initialBackoff(), config.maxBackoff())));
                    }
                    DeliveryKind kind = d.kind;
                    Uni<Void> announced = effect;
                    return session.persist(attempt).call(() -> announced).replaceWith(kind);
                }))
                .invoke(kind -> {
                    metrics.attempt(kind, result.outcome());
                    if (latency.get() != null) {
                        metrics.acknowledgementLatency(latency.get());
                    }
                    if (result.outcome() == DeliveryAttempt.Outcome.CONFIRMED) {
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
    private static Uni<java.time.Duration> firstAcknowledgementLatency(Mutiny.Session session, Delivery d, Instant confirmedAt) {
        return session.createSelectionQuery("select count(x) from Delivery x where x.kind = :ack and x.kfmCaseNumber = :k"
                + " and x.status = :confirmed and x.id <> :id", Long.class)
                .setParameter("ack", DeliveryKind.ACKNOWLEDGEMENT).setParameter("k", d.kfmCaseNumber)
                .setParameter("confirmed", DeliveryStatus.CONFIRMED).setParameter("id", d.id)
                .getSingleResult()
                .flatMap(earlier -> earlier > 0 ? Uni.createFrom().nullItem()
                        : session.createSelectionQuery("select n.receivedAt from EvictionNotice n where n.kfmCaseNumber = :k",
                                OffsetDateTime.class).setParameter("k", d.kfmCaseNumber).getSingleResultOrNull()
                                .map(received -> received == null || confirmedAt == null ? null
                                        : java.time.Duration.between(received.toInstant(), confirmedAt)));
    }

    private Uni<Void> announceConfirmed(Mutiny.Session session, Delivery d, Result result) {
        Instant at = result.confirmedAt();
        String subject = d.caseId.toString();
        return switch (d.kind) {
            case ACKNOWLEDGEMENT -> outbox.append(session, DeliveryEvents.ACKNOWLEDGEMENT, d.partitionKey, subject,
                    new AcknowledgementDeliveredV1(d.caseId, d.kfmCaseNumber, d.sequence, "CONFIRMED", at, d.attempts,
                            d.caseworkerUserId)).replaceWithVoid();
            case TENANT_LETTER -> {
                LetterMessage letter = Json.read(mapper, d.payload, LetterMessage.class);
                yield outbox.append(session, DeliveryEvents.TENANT_LETTER_DISPATCHED, d.partitionKey, subject,
                        new TenantLetterDispatchedV1(d.id, d.caseId, d.kfmCaseNumber, at, result.reference(), letter.content()))
                        .replaceWithVoid();
            }
            case POSTPONEMENT_REQUEST -> session.find(PostponementRequest.class, d.id, LockModeType.PESSIMISTIC_WRITE)
                    .flatMap(request -> {
                        if (request != null && request.status == PostponementRequest.Status.PENDING) {
                            request.status = PostponementRequest.Status.SENT;
                        }
                        return outbox.append(session, DeliveryEvents.POSTPONEMENT_ANSWERED, d.partitionKey, subject,
                                new PostponementAnsweredV1(d.id, d.caseId, d.kfmCaseNumber, "SENT", null, null, at));
                    }).replaceWithVoid();
        };
    }

    // ------------------------------------------------------------------------------------------ gauges

    private Uni<Void> refreshGauges() {
        return sessionFactory.withSession(session -> session.createSelectionQuery("select d.kind, count(d) from Delivery d"
                        + " where d.status = :pending group by d.kind", Object[].class)
                .setParameter("pending", DeliveryStatus.PENDING).getResultList()
                .flatMap(rows -> {
                    for (DeliveryKind kind : DeliveryKind.values()) {
                        metrics.pending(kind, 0);
                    }
                    for (Object[] row : rows) {
                        metrics.pending((DeliveryKind) row[0], ((Number) row[1]).longValue());
                    }
                    return session.createSelectionQuery("select count(d) from Delivery d where d.kind = :ack and d.status = :pending"
                                    + " and d.overdueAlertedAt is not null", Long.class)
                            .setParameter("ack", DeliveryKind.ACKNOWLEDGEMENT).setParameter("pending", DeliveryStatus.PENDING)
                            .getSingleResult();
                })
                .invoke(metrics::overduePending)
                .flatMap(n -> session.createSelectionQuery("select count(n) from EvictionNotice n where n.acknowledgementAlertAt <= :now"
                                + " and not exists (select 1 from Delivery d where d.kind = :ack and d.status = :confirmed"
                                + " and d.kfmCaseNumber = n.kfmCaseNumber)", Long.class)
                        .setParameter("now", EvictionIntake.stockholm(clock.instant()))
                        .setParameter("ack", DeliveryKind.ACKNOWLEDGEMENT).setParameter("confirmed", DeliveryStatus.CONFIRMED)
                        .getSingleResult())
                .invoke(count -> metrics.noticesUnacknowledged(count))
                .replaceWithVoid());
    }

    /** What one attempt got. */
    record Result(DeliveryAttempt.Outcome outcome, Integer httpStatus, String detail, String reference, Instant confirmedAt) {
        static Result confirmed(int status, String reference, Instant at) {
            return new Result(DeliveryAttempt.Outcome.CONFIRMED, status, "HTTP " + status, reference, at);
        }
    }
}
