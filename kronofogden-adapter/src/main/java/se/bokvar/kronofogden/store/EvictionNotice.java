package se.bokvar.kronofogden.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Kronofogden's notice of an eviction (underrättelse om avhysning), one per KFM case number. */
@Entity
@Table(name = "eviction_notice")
public class EvictionNotice {

    @Id
    public UUID id;

    /** Kronofogden's case number (målnummer): the idempotency key of delivery. */
    @Column(name = "kfm_case_number", nullable = false, unique = true)
    public String kfmCaseNumber;

    /** When social services received it: the acknowledgement is due that Stockholm calendar day. */
    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** The date and time of the eviction, as last notified (updates move it). */
    @Column(name = "eviction_at", nullable = false)
    public OffsetDateTime evictionAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvictionState state;

    @Column(name = "building_key", nullable = false)
    public String buildingKey;

    @Column(name = "tenancy_key", nullable = false)
    public String tenancyKey;

    /** SHA-256 of the normalised notice: the same notice again is recognised. */
    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** The normalised notice as received (JSON of the app's {@code NormalizedNotice}). */
    @Column(nullable = false)
    public String notice;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * When the notice counts as not acknowledged in time if Kronofogden has not confirmed an acknowledgement by then
     * (whether or not case-service named anyone): the alert time of the day it arrived, or the grace after a late
     * arrival, at the latest the end of that day.
     */
    @Column(name = "acknowledgement_alert_at", nullable = false)
    public OffsetDateTime acknowledgementAlertAt;
}
