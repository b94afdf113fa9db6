package se.bokvar.kronofogden;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One attempt to deliver a {@link Delivery}: append-only (the runtime role may not change or delete it). */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    /** CONFIRMED (2xx), REFUSED (another status), UNREACHABLE (no answer: refused connection, timeout). */
    public enum Outcome {
        CONFIRMED, REFUSED, UNREACHABLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    @Column(name = "attempted_at", nullable = false)
    public OffsetDateTime attemptedAt;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "http_status")
    public Integer httpStatus;

    /** The status line or the exception type; never personal data. */
    public String detail;
}
