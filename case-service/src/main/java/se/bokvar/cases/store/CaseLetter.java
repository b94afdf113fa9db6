package se.bokvar.cases.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The copy of the acknowledgement sent to the tenant, exactly as kronofogden-adapter dispatched it. */
@Entity
@Table(name = "case_letter")
public class CaseLetter {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "kfm_case_number")
    public String kfmCaseNumber;

    @Column(name = "dispatched_at", nullable = false)
    public OffsetDateTime dispatchedAt;

    @Column(name = "provider_reference")
    public String providerReference;

    @Column(nullable = false)
    public String html;
}
