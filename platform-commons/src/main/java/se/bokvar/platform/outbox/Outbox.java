package se.bokvar.platform.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import se.bokvar.contracts.EventType;

/**
 * The producing half of the transactional outbox: appends an event to the service's {@code outbox_event} table
 * in the caller's transaction, so the state change and the event announcing it commit together or not at all.
 * {@link OutboxRelay} publishes the rows to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {

    static final String INSERT = "insert into outbox_event"
            + " (id, topic, partition_key, event_type, source, subject, occurred_at, payload, trace_parent)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(cast(?8 as text) as jsonb), ?9)";

    /** Many events in one statement, in the order given (their {@code seq} follows it); the rows come as one JSON array. */
    static final String INSERT_ALL = """
            insert into outbox_event (id, topic, partition_key, event_type, source, subject, occurred_at, payload,
                                      trace_parent)
            select e.id, e.topic, e.partition_key, e.event_type, ?2, e.subject, ?3, e.payload, e.trace_parent
            from rows from (jsonb_to_recordset(cast(cast(?1 as text) as jsonb)) as (id uuid, topic text,
                partition_key text, event_type text, subject text, payload jsonb, trace_parent text)) with ordinality
                as e(id, topic, partition_key, event_type, subject, payload, trace_parent, n)
            order by e.n
            """;

    /** {@link #INSERT_ALL} for the reactive client's numbered parameters. */
    static final String INSERT_ALL_SQL = INSERT_ALL.replace("?1", "$1").replace("?2", "$2").replace("?3", "$3");

    /** One event for {@link #appendAll}: as {@link #append} takes it, with the trace it continues. */
    public record Pending(EventType<?> type, String partitionKey, String subject, Object data, String traceparent) {
    }

    private final ObjectMapper mapper;
    private final String source;
    private final OutboxRelay relay;

    @Inject
    public Outbox(ObjectMapper mapper, @ConfigProperty(name = "bokvar.service.name") String serviceName, OutboxRelay relay) {
        this.mapper = mapper;
        this.source = "/bokvar/" + serviceName;
        this.relay = relay;
    }

    /**
     * Appends one event in the session's current transaction.
     *
     * @param session      the session whose transaction also holds the state change
     * @param type         the event type (decides topic and CloudEvent type)
     * @param partitionKey the Kafka record key: a keyed hash, never personal data in clear
     * @param subject      the CloudEvent subject, e.g. the notice id (never personal data)
     * @param data         the payload record
     * @return the event id (the CloudEvent id)
     */
    public <T> Uni<UUID> append(Mutiny.Session session, EventType<T> type, String partitionKey, String subject, T data) {
        UUID id = UUID.randomUUID();
        String json;
        try {
            json = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("Cannot serialise event " + type.type(), e));
        }
        return session.createNativeQuery(INSERT)
                .setParameter(1, id)
                .setParameter(2, type.topic().name())
                .setParameter(3, partitionKey)
                .setParameter(4, type.type())
                .setParameter(5, source)
                .setParameter(6, subject)
                .setParameter(7, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .setParameter(8, json)
                .setParameter(9, TraceContext.currentTraceparent())
                .executeUpdate()
                .replaceWith(id);
    }

    /**
     * Appends many events in the session's current transaction with one statement (a batch's announcements), in the
     * order given, each with its own trace.
     *
     * @return the event ids, in the order given
     */
    public Uni<List<UUID>> appendAll(Mutiny.Session session, List<Pending> events) {
        return insertAll(events, (json, at) -> session.createNativeQuery(INSERT_ALL).setParameter(1, json)
                .setParameter(2, source).setParameter(3, at).executeUpdate());
    }

    /**
     * {@link #appendAll(Mutiny.Session, List)} on a connection of the reactive client, in its current transaction: for
     * the paths that write without Hibernate (the intake's new notices).
     */
    public Uni<List<UUID>> appendAll(SqlConnection connection, List<Pending> events) {
        return insertAll(events, (json, at) -> connection.preparedQuery(INSERT_ALL_SQL).execute(Tuple.of(json, source, at)));
    }

    /** The events' rows as one JSON array, inserted by {@code insert} (given the array and the time); their ids. */
    private Uni<List<UUID>> insertAll(List<Pending> events, BiFunction<String, OffsetDateTime, Uni<?>> insert) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> ids = new ArrayList<>(events.size());
        String json;
        try {
            json = rowsJson(events, ids);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("Cannot serialise a batch of events", e));
        }
        return insert.apply(json, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC)).replaceWith(ids);
    }

    /** The events as the JSON array {@link #INSERT_ALL} reads; their new ids are added to {@code ids}. */
    private String rowsJson(List<Pending> events, List<UUID> ids) throws JsonProcessingException {
        List<Map<String, Object>> rows = new ArrayList<>(events.size());
        for (Pending e : events) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("topic", e.type().topic().name());
            row.put("partition_key", e.partitionKey());
            row.put("event_type", e.type().type());
            row.put("subject", e.subject());
            row.put("payload", e.data());
            row.put("trace_parent", e.traceparent());
            rows.add(row);
        }
        return mapper.writeValueAsString(rows);
    }

    /** Tells the relay that rows are waiting (call after the transaction committed), to cut latency. */
    public void nudge() {
        relay.nudge();
    }
}
