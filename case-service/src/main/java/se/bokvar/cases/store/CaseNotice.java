package se.bokvar.cases.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import se.bokvar.rules.notice.ChildrenKnown;
import se.bokvar.rules.notice.NoticeKind;

/** A notice attached to a case, with the figures the caseworker needs and the full notice as received. */
@Entity
@Table(name = "case_notice")
public class CaseNotice {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    /** landlord, kronofogden or other. */
    @Convert(converter = NoticeSource.Column.class)
    @Column(nullable = false)
    public NoticeSource source;

    @Column(name = "sender_id")
    public String senderId;

    @Column(name = "sender_reference")
    public String senderReference;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "served_on")
    public LocalDate servedOn;

    @Column(name = "monthly_rent")
    public BigDecimal monthlyRent;

    @Column(name = "debt_amount")
    public BigDecimal debtAmount;

    @Column(name = "months_in_arrears")
    public Integer monthsInArrears;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(read = "payload::text", write = "cast(cast(? as text) as jsonb)")
    public String payload;

    @Column(name = "registered_at", nullable = false)
    public OffsetDateTime registeredAt;

    /** RENTAL, TENANT_OWNED_DWELLING, TENANT_OWNED_PREMISES; null when the notice does not say. */
    public String tenure;

    /** For a notice from another source: TENANT, RELATIVE, OTHER_ADMINISTRATION, OTHER. */
    @Column(name = "other_source")
    public String otherSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.ACTIVE;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** The receipt the recovery period counts from: the original's, or the latest correction's (NJA 1985 s. 586). */
    @Column(name = "counting_received_at")
    public OffsetDateTime countingReceivedAt;

    /** 1 for the original, then +1 for every correction, served-date update or withdrawal. */
    @Column(nullable = false)
    public int revision = 1;

    @Column(name = "kfm_case_number")
    public String kfmCaseNumber;

    @Column(name = "eviction_at")
    public OffsetDateTime evictionAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "children_known")
    public ChildrenKnown childrenKnown;

    /** The recorded position (ställningstagande): OPEN_PRE_ASSESSMENT or NO_ACTION; null while none. */
    public String position;

    @Column(name = "position_reason")
    public String positionReason;

    @Column(name = "position_by")
    public String positionBy;

    @Column(name = "position_at")
    public OffsetDateTime positionAt;

    /** The caseworker who registered a notice from another source. */
    @Column(name = "registered_by")
    public String registeredBy;

    /** Whether the notice still stands or the sender withdrew it. */
    public enum Status {
        ACTIVE, WITHDRAWN
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public NoticeKind noticeKind() {
        return kind;
    }
}
