package se.bokvar.cases.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An extension of the pre-assessment's limit, with its recorded special reason (handbook 5.2). */
@Entity
@Table(name = "pre_assessment_extension")
public class PreAssessmentExtension {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "new_limit", nullable = false)
    public LocalDate newLimit;

    @Column(nullable = false)
    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
