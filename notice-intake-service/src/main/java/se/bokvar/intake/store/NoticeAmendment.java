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

import org.hibernate.annotations.ColumnTransformer;

/** A correction, served-date update or withdrawal of a notice. History is never rewritten. */
@Entity
@Table(name = "notice_amendment")
public class NoticeAmendment {

    @Id
    public UUID id;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AmendmentAction action;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column
    public String reason;

    @Column
    public String comment;

    @Column(name = "served_on")
    public LocalDate servedOn;

    @Column(name = "recovery_period_last_day")
    public LocalDate recoveryPeriodLastDay;

    /** The corrected notice as announced (corrections only). */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(read = "payload::text", write = "cast(cast(? as text) as jsonb)")
    public String payload;

    /** The receipt given (JSON). */
    @Column(nullable = false)
    public String receipt;
}
