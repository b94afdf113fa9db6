package se.bokvar.cases.store;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A Kronofogden eviction case (KFM case number) on a household case: when its notice came, the eviction's date,
 * who was named responsible for the same-day acknowledgement and whether Kronofogden confirmed it.
 */
@Entity
@Table(name = "kfm_eviction")
@IdClass(KfmEviction.Key.class)
public class KfmEviction {

    /** Where the eviction stands, as Kronofogden last told it. */
    public enum Status {
        SCHEDULED, POSTPONED, CANCELLED, CARRIED_OUT
    }

    /** The acknowledgement to Kronofogden, as kronofogden-adapter reported it. */
    public enum Acknowledgement {
        CONFIRMED, OVERDUE
    }

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Id
    @Column(name = "kfm_case_number")
    public String kfmCaseNumber;

    @Column(name = "notice_id", nullable = false)
    public UUID noticeId;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** The Stockholm day of receipt: the acknowledgement is due that day. */
    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "cut_off_at", nullable = false)
    public OffsetDateTime cutOffAt;

    @Column(name = "eviction_at")
    public OffsetDateTime evictionAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** 0 until named; then the sequence of the latest naming. */
    @Column(name = "named_sequence", nullable = false)
    public int namedSequence;

    @Column(name = "named_user")
    public String namedUser;

    @Column(name = "named_basis")
    public String namedBasis;

    @Column(name = "named_at")
    public OffsetDateTime namedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ack_status")
    public Acknowledgement ackStatus;

    @Column(name = "ack_at")
    public OffsetDateTime ackAt;

    @Column(name = "ack_attempts")
    public Integer ackAttempts;

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }

    public static class Key implements Serializable {
        public UUID caseId;
        public String kfmCaseNumber;

        public Key() {
        }

        public Key(UUID caseId, String kfmCaseNumber) {
            this.caseId = caseId;
            this.kfmCaseNumber = kfmCaseNumber;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caseId, k.caseId) && Objects.equals(kfmCaseNumber, k.kfmCaseNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, kfmCaseNumber);
        }
    }
}
