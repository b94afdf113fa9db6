package se.bokvar.consent.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

import se.bokvar.rules.consent.ChangeKind;
import se.bokvar.rules.consent.ConsentForm;

/**
 * One version of a consent record: the full scope after the change, what the change was, who documented it and
 * when. Append-only: the runtime role may not update or delete, and a trigger refuses it for everyone.
 */
@Entity(name = "ConsentVersionRow")
@Table(name = "consent_version")
@Immutable
public class ConsentVersionRow {

    @Id
    public UUID id;

    @Column(name = "consent_id", nullable = false)
    public UUID consentId;

    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChangeKind change;

    /** The scope after this version, JSON (written and read by the app's {@code ConsentScope}). */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "scope::text", write = "cast(cast(? as text) as jsonb)")
    public String scope;

    /** What this version added and removed, JSON (the app's {@code ScopeChanges}). */
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "changes::text", write = "cast(cast(? as text) as jsonb)")
    public String changes;

    /** Null for a legal ground other than consent. */
    @Enumerated(EnumType.STRING)
    public ConsentForm form;

    /** The day the person gave, extended or withdrew consent. */
    @Column(name = "given_on", nullable = false)
    public LocalDate givenOn;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "signed_form_reference")
    public String signedFormReference;

    public String note;

    @Column(name = "documented_by", nullable = false)
    public String documentedBy;

    @Column(name = "documented_by_name")
    public String documentedByName;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
