package se.bokvar.cases.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import se.bokvar.rules.casework.StepKind;

/**
 * A checklist step recorded on a case: who did it, when, notes, the step's own details (JSON), flags (e.g. a payment
 * commitment sent after the recovery period), and the consent decision for a disclosure.
 */
@Entity
@Table(name = "case_step")
public class CaseStep {

    /** DONE, or REFUSED: a disclosure consent did not cover; the attempt and the decision are kept, nothing was disclosed. */
    public enum Status {
        DONE, REFUSED
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StepKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "performed_by", nullable = false)
    public String performedBy;

    @Column(name = "performed_at", nullable = false)
    public OffsetDateTime performedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public String notes;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "details::text", write = "cast(cast(? as text) as jsonb)")
    public String details;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] flags = new String[0];

    /** ALLOW, DENY, NOT_REQUIRED, UNAVAILABLE; null for steps that disclose nothing. */
    @Column(name = "consent_decision")
    public String consentDecision;

    @Column(name = "consent_reason")
    public String consentReason;

    @Column(name = "consent_id")
    public String consentId;

    @Column(name = "consent_version")
    public Integer consentVersion;

    @Column(name = "kfm_case_number")
    public String kfmCaseNumber;

    public boolean done() {
        return status == Status.DONE;
    }
}
