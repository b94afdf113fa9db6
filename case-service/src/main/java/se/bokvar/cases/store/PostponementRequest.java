package se.bokvar.cases.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import se.bokvar.rules.casework.PostponementGrounds;

/** A request to Kronofogden for postponement of an eviction (anstånd), and its answer. */
@Entity
@Table(name = "postponement_request")
public class PostponementRequest {

    /** What the adapter reported: the request reached Kronofogden (SENT), or Kronofogden's answer. */
    public enum Answer {
        SENT, GRANTED, REFUSED;

        public boolean decided() {
            return this == GRANTED || this == REFUSED;
        }
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "kfm_case_number", nullable = false)
    public String kfmCaseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostponementGrounds grounds;

    @Column(nullable = false)
    public String motivation;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    /** Null until the adapter reports. */
    @Enumerated(EnumType.STRING)
    public Answer outcome;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "new_eviction_at")
    public OffsetDateTime newEvictionAt;

    public String comment;

    /** The consent the request rested on (consent-service's record and version, and its reason); null before 2026-12. */
    @Column(name = "consent_id")
    public String consentId;

    @Column(name = "consent_version")
    public Integer consentVersion;

    @Column(name = "consent_reason")
    public String consentReason;
}
