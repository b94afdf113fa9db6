package se.bokvar.platform.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
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

    /** Tells the relay that rows are waiting (call after the transaction committed), to cut latency. */
    public void nudge() {
        relay.nudge();
    }
}
