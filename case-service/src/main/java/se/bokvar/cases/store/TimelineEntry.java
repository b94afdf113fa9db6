package se.bokvar.cases.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/** One entry of a case's timeline: append-only (the runtime role may only insert and read). */
@Entity
@Table(name = "case_timeline")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String summary;

    public String actor;

    public String ref;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(read = "details::text", write = "cast(cast(? as text) as jsonb)")
    public String details;
}
