package se.bokvar.kronofogden.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An update from Kronofogden to a case it notified before; idempotent on Kronofogden's update id. */
@Entity
@Table(name = "eviction_update")
public class EvictionUpdate {

    @Id
    public UUID id;

    @Column(name = "kfm_case_number", nullable = false)
    public String kfmCaseNumber;

    /** Kronofogden's id of the update message. */
    @Column(name = "kfm_update_id", nullable = false)
    public String kfmUpdateId;

    /** The update kind as Kronofogden named it (NEW_DATE, POSTPONED, CANCELLED, CARRIED_OUT: the app's {@code UpdateKind}). */
    @Column(nullable = false)
    public String kind;

    @Column(name = "eviction_at")
    public OffsetDateTime evictionAt;

    public String comment;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after", nullable = false)
    public EvictionState stateAfter;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;
}
