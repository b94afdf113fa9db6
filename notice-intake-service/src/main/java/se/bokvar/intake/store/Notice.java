package se.bokvar.intake.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;

import se.bokvar.rules.deadline.TenureKind;
import se.bokvar.rules.notice.NoticeKind;

/** A notice (underrättelse) as received from a landlord, with its current (possibly corrected) content. */
@Entity
@Table(name = "notice")
public class Notice {

    @Id
    public UUID id;

    @Column(name = "landlord_id", nullable = false)
    public String landlordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    @Column(name = "landlord_reference", nullable = false)
    public String landlordReference;

    /** When social services received it (the receipt's time; has legal weight). */
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** The receipt the recovery period counts from: the original's, or the latest correction's. */
    @Column(name = "counted_from_received_at", nullable = false)
    public OffsetDateTime countedFromReceivedAt;

    /** The form of tenure (current content). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TenureKind tenure;

    /** Delgivning: when the termination was served on the tenant, if known. */
    @Column(name = "served_on")
    public LocalDate servedOn;

    /** The recovery period's last day (återvinningsfrist), when the served date is known. */
    @Column(name = "recovery_period_last_day")
    public LocalDate recoveryPeriodLastDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeStatus status;

    @Column(name = "handed_to_case_management_at")
    public OffsetDateTime handedToCaseManagementAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    /** Keys of the current address. */
    @Column(name = "building_key", nullable = false)
    public String buildingKey;

    @Column(name = "tenancy_key", nullable = false)
    public String tenancyKey;

    /** The Kafka key of every event about this notice: the building key at receipt, so they stay in order. */
    @Column(name = "partition_key", nullable = false)
    public String partitionKey;

    /** Fingerprint of the request as first received (reference-based idempotency). */
    @Column(name = "request_hash")
    public String requestHash;

    /** The receipt given at first receipt (JSON, replayed for duplicates). */
    @Column
    public String receipt;

    /** The accepted notice as announced, after the latest correction (event data, JSON). */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "payload::text", write = "cast(cast(? as text) as jsonb)")
    public String payload;

    /**
     * Whether the reference takes part in the uniqueness per landlord and kind (false only for duplicates received
     * before references were unique); set by the database.
     */
    @Column(name = "reference_unique", insertable = false, updatable = false)
    public boolean referenceUnique;

    @Version
    public int version;
}
