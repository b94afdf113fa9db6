package se.bokvar.cases.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/**
 * An event parked until what it refers to is registered ({@code parked_event}), mapped so that queries read it as
 * HQL (see {@link ParkedEventStore}). Written only by {@link ParkedEventStore}'s statements.
 */
@Entity
@Table(name = "parked_event")
public class ParkedEvent {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(nullable = false)
    public String awaits;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(read = "payload::text", write = "cast(cast(? as text) as jsonb)")
    public String payload;

    @Column(name = "parked_at", nullable = false)
    public OffsetDateTime parkedAt;
}
