package se.bokvar.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import se.bokvar.contracts.CloudEventAttributes;

/**
 * The publishing half of the transactional outbox. In a loop it locks a bounded batch of unpublished rows
 * ({@code FOR UPDATE SKIP LOCKED}, so several replicas share the work without publishing a row twice),
 * sends them to Kafka as CloudEvents (binary mode), waits for the broker's acknowledgements and marks them
 * published in the same transaction. If Kafka is down the transaction rolls back, the rows stay, and the relay
 * retries with backoff: notices keep being accepted meanwhile. A crash between the broker's acknowledgement
 * and the commit republishes the batch; consumers are idempotent on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    static final String SELECT_BATCH = "select id, topic, partition_key, event_type, source, subject, occurred_at,"
            + " payload::text as payload, trace_parent from outbox_event"
            + " where published_at is null order by seq limit $1 for update skip locked";
    static final String MARK_PUBLISHED = "update outbox_event set published_at = now() where id = any($1)";
    static final String DELETE_OLD = "delete from outbox_event where published_at < now() - make_interval(secs => $1)";

    private final Pool pool;
    private final MutinyEmitter<String> emitter;
    private final Vertx vertx;
    private final OutboxRelayConfig config;

    private final AtomicBoolean running = new AtomicBoolean(false);
    private final AtomicBoolean draining = new AtomicBoolean(false);
    private final AtomicBoolean again = new AtomicBoolean(false);
    private final AtomicLong published = new AtomicLong();
    private volatile long pendingTimer = -1;
    private volatile Duration backoff = Duration.ZERO;

    @Inject
    public OutboxRelay(Pool pool, @Channel("bokvar-outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) MutinyEmitter<String> emitter,
            Vertx vertx, OutboxRelayConfig config) {
        this.pool = pool;
        this.emitter = emitter;
        this.vertx = vertx;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled (bokvar.outbox.relay.enabled=false)");
            return;
        }
        running.set(true);
        schedule(Duration.ZERO);
        long cleanupMs = Math.max(60_000, config.cleanupInterval().toMillis());
        vertx.setPeriodic(cleanupMs, id -> cleanup());
    }

    void onStop(@Observes ShutdownEvent event) {
        running.set(false);
    }

    /** Asks for a drain as soon as possible (after a commit that added rows). */
    public void nudge() {
        if (!running.get()) {
            return;
        }
        if (draining.get()) {
            again.set(true);
            return;
        }
        if (backoff.isZero()) {
            schedule(Duration.ZERO);
        }
    }

    /** Events published by this instance since start. */
    public long publishedCount() {
        return published.get();
    }

    private synchronized void schedule(Duration delay) {
        if (!running.get()) {
            return;
        }
        if (pendingTimer >= 0) {
            vertx.cancelTimer(pendingTimer);
            pendingTimer = -1;
        }
        long ms = Math.max(1, delay.toMillis());
        pendingTimer = vertx.setTimer(ms, id -> {
            synchronized (this) {
                pendingTimer = -1;
            }
            runOnce();
        });
    }

    private void runOnce() {
        if (!running.get() || !draining.compareAndSet(false, true)) {
            return;
        }
        again.set(false);
        drainBatch().subscribe().with(count -> {
            draining.set(false);
            backoff = Duration.ZERO;
            boolean full = count >= config.batchSize();
            schedule(full || again.get() ? Duration.ZERO : config.pollInterval());
        }, failure -> {
            draining.set(false);
            Duration next = backoff.isZero() ? config.initialBackoff() : backoff.multipliedBy(2);
            if (next.compareTo(config.maxBackoff()) > 0) {
                next = config.maxBackoff();
            }
            backoff = next;
            LOG.warnf("Outbox relay could not publish (%s: %s); retrying in %d ms",
                    failure.getClass().getSimpleName(), String.valueOf(failure.getMessage()), next.toMillis());
            schedule(next);
        });
    }

    /** Publishes one batch; returns how many rows it published. Visible for tests. */
    public Uni<Integer> drainBatch() {
        return pool.withTransaction(conn -> conn.preparedQuery(SELECT_BATCH).execute(Tuple.of(config.batchSize()))
                .flatMap(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(0);
                    }
                    List<UUID> ids = new ArrayList<>(rows.size());
                    List<Uni<Void>> sends = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        ids.add(row.getUUID("id"));
                        sends.add(emitter.sendMessage(toMessage(row)));
                    }
                    return Uni.join().all(sends).andFailFast()
                            .ifNoItem().after(config.publishTimeout()).failWith(() -> new OutboxPublishTimeoutException(config.publishTimeout()))
                            .flatMap(done -> conn.preparedQuery(MARK_PUBLISHED).execute(Tuple.of(ids.toArray(UUID[]::new))))
                            .map(updated -> {
                                published.addAndGet(ids.size());
                                return ids.size();
                            });
                }));
    }

    private void cleanup() {
        pool.preparedQuery(DELETE_OLD).execute(Tuple.of(config.retention().toSeconds()))
                .subscribe().with(r -> {
                    if (r.rowCount() > 0) {
                        LOG.debugf("Outbox cleanup removed %d published rows", r.rowCount());
                    }
                }, f -> LOG.warnf("Outbox cleanup failed: %s", f.getClass().getSimpleName()));
    }

    static Message<String> toMessage(Row row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventAttributes.SPECVERSION, CloudEventAttributes.SPEC_VERSION);
        header(headers, CloudEventAttributes.ID, row.getUUID("id").toString());
        header(headers, CloudEventAttributes.SOURCE, row.getString("source"));
        header(headers, CloudEventAttributes.TYPE, row.getString("event_type"));
        OffsetDateTime time = row.getOffsetDateTime("occurred_at");
        header(headers, CloudEventAttributes.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
        if (row.getString("subject") != null) {
            header(headers, CloudEventAttributes.SUBJECT, row.getString("subject"));
        }
        header(headers, CloudEventAttributes.CONTENT_TYPE, CloudEventAttributes.DATA_CONTENT_TYPE);
        if (row.getString("trace_parent") != null) {
            header(headers, CloudEventAttributes.TRACEPARENT, row.getString("trace_parent"));
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(row.getString("partition_key"))
                .withHeaders(headers)
                .build();
        return Message.of(row.getString("payload")).addMetadata(metadata);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Rows waiting to be published, and the age of the oldest, for metrics and health. */
    public Uni<Backlog> backlog() {
        return pool.query("select count(*) as n, extract(epoch from now() - min(created_at)) as age"
                + " from outbox_event where published_at is null").execute()
                .map(OutboxRelay::toBacklog);
    }

    private static Backlog toBacklog(RowSet<Row> rows) {
        Row row = rows.iterator().next();
        Object age = row.getValue("age");
        double seconds = age == null ? 0 : ((Number) age).doubleValue();
        return new Backlog(row.getLong("n"), seconds);
    }

    /** Unpublished rows and the age of the oldest in seconds. */
    public record Backlog(long rows, double oldestAgeSeconds) {
    }

    static final class OutboxPublishTimeoutException extends RuntimeException {
        OutboxPublishTimeoutException(Duration timeout) {
            super("Kafka did not acknowledge the batch within " + timeout.toMillis() + " ms", null, false, false);
        }
    }
}
