package se.bokvar.kronofogden.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One outbound message (to Kronofogden or the letter channel) and its delivery state. The payload is built once
 * and sent unchanged on every attempt, with its id as the Idempotency-Key; every attempt is a
 * {@link DeliveryAttempt}.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryKind kind;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "kfm_case_number", nullable = false)
    public String kfmCaseNumber;

    /** The naming sequence (acknowledgements and letters); null for postponement requests. */
    public Integer sequence;

    /** The Kafka key of the events about this delivery (the building key of the KFM case). */
    @Column(name = "partition_key", nullable = false)
    public String partitionKey;

    /** The JSON body, exactly as sent. */
    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    /** A worker claimed it until then (several replicas share the work). */
    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    /** The receiver's reference (Kronofogden's receipt id, the letter provider's dispatch reference). */
    @Column(name = "remote_reference")
    public String remoteReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_outcome")
    public AttemptOutcome lastOutcome;

    @Column(name = "last_http_status")
    public Integer lastHttpStatus;

    /** AcknowledgeEviction: the Stockholm calendar day it is due. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    /** AcknowledgeEviction: when supervisors are alerted if it is still not confirmed. */
    @Column(name = "overdue_at")
    public OffsetDateTime overdueAt;

    @Column(name = "overdue_alerted_at")
    public OffsetDateTime overdueAlertedAt;

    /** AcknowledgeEviction: the named caseworker's login (for the delivery event). */
    @Column(name = "caseworker_user_id")
    public String caseworkerUserId;
}
