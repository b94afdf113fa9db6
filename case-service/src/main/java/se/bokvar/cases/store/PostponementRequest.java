package se.bokvar.cases.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A request to Kronofogden for postponement of an eviction (anstånd), and its answer. */
@Entity
@Table(name = "postponement_request")
public class PostponementRequest {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "kfm_case_number", nullable = false)
    public String kfmCaseNumber;

    @Column(nullable = false)
    public String grounds;

    @Column(nullable = false)
    public String motivation;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    /** SENT, GRANTED, REFUSED; null until the adapter reports. */
    public String outcome;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Column(name = "new_eviction_at")
    public OffsetDateTime newEvictionAt;

    public String comment;
}
