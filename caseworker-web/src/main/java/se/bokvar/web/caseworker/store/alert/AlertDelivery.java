package se.bokvar.web.caseworker.store.alert;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One alert e-mail to one recipient ({@code alert_delivery}). Written by {@link AlertDeliveryStore#record} in the
 * consumer's transaction; its sending state (attempts, lease, sent) is changed only by the store's SQL, with the
 * database's clock.
 */
@Entity(name = "AlertDelivery")
@Table(name = "alert_delivery")
public class AlertDelivery {

    @Id
    public UUID id;

    @Column(name = "alert_id", nullable = false)
    public UUID alertId;

    /** A work address: the responsible caseworker's or a functional mailbox. */
    @Column(nullable = false)
    public String recipient;

    /** CASEWORKER, UNIT_MAILBOX or SUPERVISOR_MAILBOX. */
    @Column(name = "recipient_kind", nullable = false)
    public String recipientKind;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The contract's deadline kind: RECOVERY_PERIOD, PRE_ASSESSMENT, EVICTION, KFM_ACKNOWLEDGEMENT. */
    @Column(nullable = false)
    public String deadline;

    /** NEAR or BREACHED. */
    @Column(nullable = false)
    public String alert;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "message_id", nullable = false)
    public String messageId;

    /** Set by the database (now()). */
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "next_attempt_at", insertable = false, updatable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(insertable = false, updatable = false)
    public int attempts;

    @Column(name = "sent_at", insertable = false, updatable = false)
    public OffsetDateTime sentAt;
}
