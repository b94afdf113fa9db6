package se.bokvar.kronofogden.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import se.bokvar.rules.casework.PostponementGrounds;

/** A caseworker's request to Kronofogden for postponement (anstånd med verkställighet) and its answer. */
@Entity
@Table(name = "postponement_request")
public class PostponementRequest {

    /** PENDING (not confirmed by Kronofogden yet), SENT (confirmed), GRANTED, REFUSED. */
    public enum Status {
        PENDING, SENT, GRANTED, REFUSED
    }

    /** Kronofogden's decision. */
    public enum Decision {
        GRANTED, REFUSED
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

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;

    @Enumerated(EnumType.STRING)
    public Decision outcome;

    @Column(name = "new_eviction_at")
    public OffsetDateTime newEvictionAt;

    @Column(name = "answer_comment")
    public String answerComment;

    /** SHA-256 of the answer: the same answer again is recognised. */
    @Column(name = "answer_hash")
    public String answerHash;
}
