package se.bokvar.consent.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import se.bokvar.rules.consent.LegalGround;

/**
 * A consent record (samtycke) of one person on one case, or another recorded secrecy-breaking ground. What it
 * covers lives in its versions ({@link ConsentVersionRow}); this row never changes after it is written.
 */
@Entity(name = "ConsentRow")
@Table(name = "consent")
@Immutable
public class ConsentRow {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The keyed hash of the person's personnummer: what events and audit records carry. */
    @Column(name = "person_key", nullable = false)
    public String personKey;

    /** Canonical 12 digits; shown to caseworkers of the case and printed on the form, never logged. */
    @Column(name = "personal_identity_number", nullable = false)
    public String personalIdentityNumber;

    /** {@code CONSENT} or another ground, e.g. {@code OSL_26_9C}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_ground", nullable = false)
    public LegalGround legalGround;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
