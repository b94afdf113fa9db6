package se.bokvar.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

/** A notice attached to a case, with the figures the caseworker needs and the full notice as received. */
@Entity
@Table(name = "case_notice")
public class CaseNotice {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String kind;

    /** landlord, kronofogden or other. */
    @Column(nullable = false)
    public String source;

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
}
