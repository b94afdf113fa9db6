package se.bokvar.consent.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/**
 * What consent-service knows of a case, from case-service's {@code se.bokvar.case.access-changed.v1} events:
 * its board, whether children are affected, and its household's person keys. Written only by
 * {@link CaseAccessRepository#upsert} (a native upsert that ignores stale sequences).
 */
@Entity(name = "CaseAccessRow")
@Table(name = "case_access")
@Immutable
public class CaseAccessRow {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    /** The case's social-services board; null while unrouted. */
    public String board;

    @Column(name = "children_affected", nullable = false)
    public boolean childrenAffected;

    /** The case's status as case-service announced it (its vocabulary, not this service's). */
    @Column(nullable = false)
    public String status;

    /** JSON array of the household members' person keys. */
    @Column(name = "person_keys", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "person_keys::text", write = "cast(cast(? as text) as jsonb)")
    public String personKeys;

    @Column(nullable = false)
    public long sequence;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
