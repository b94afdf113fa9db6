package se.bokvar.kronofogden.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One attempt to deliver a {@link Delivery}: append-only (the runtime role may not change or delete it). */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    @Column(name = "attempted_at", nullable = false)
    public OffsetDateTime attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttemptOutcome outcome;

    @Column(name = "http_status")
    public Integer httpStatus;

    /** The status line or the exception type; never personal data. */
    public String detail;
}
