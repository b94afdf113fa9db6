package se.bokvar.cases.store;

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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import se.bokvar.rules.casework.Outcome;
import se.bokvar.rules.casework.Stage;
import se.bokvar.rules.deadline.DeadlineEngine;
import se.bokvar.rules.notice.ChildrenKnown;
import se.bokvar.rules.notice.NoticeKind;

/**
 * A case: one household (the people of one tenancy) facing eviction, in one unit of one social-services board.
 * See docs/cases.md for how notices find their case.
 */
@Entity
@Table(name = "household_case")
public class HouseholdCase {

    @Id
    public UUID id;

    /** The social-services board (socialnämnd) covering the address; null while unrouted. */
    public String board;

    /** The unit within the board that owns the case: {@code adult} (vuxenenheten). */
    @Convert(converter = CaseUnit.Column.class)
    @Column(nullable = false)
    public CaseUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage status;

    /** Aktualisering: when the matter was opened. */
    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "tenancy_key", nullable = false)
    public String tenancyKey;

    @Column(name = "building_key", nullable = false)
    public String buildingKey;

    @Column(nullable = false)
    public String street;

    @Column(name = "postal_code", nullable = false)
    public String postalCode;

    public String city;

    @Column(name = "flat_number")
    public String flatNumber;

    /** YES, NO or UNKNOWN: decides whether the children-and-youth unit is involved. */
    @Enumerated(EnumType.STRING)
    @Column(name = "children_known", nullable = false)
    public ChildrenKnown childrenKnown;

    @Column(name = "assigned_to")
    public String assignedTo;

    /** Återvinningsfrist: the day counted from, the unmoved end, the last day (lag 1930:173). */
    @Column(name = "recovery_period_start")
    public LocalDate recoveryPeriodStart;

    @Column(name = "recovery_period_nominal_end")
    public LocalDate recoveryPeriodNominalEnd;

    @Column(name = "recovery_period_last_day")
    public LocalDate recoveryPeriodLastDay;

    /** True while the served date is unknown and the period is counted from the receipt (the earliest it can end). */
    @Column(name = "recovery_period_provisional")
    public Boolean recoveryPeriodProvisional;

    /** The caseworker's act-by date: the earliest recovery-period end ever computed for this case. */
    @Column(name = "act_by_date")
    public LocalDate actByDate;

    /** The closed case of the same household this one follows, if any (a new notice after closing opens a new case). */
    @Column(name = "previous_case_id")
    public UUID previousCaseId;

    /** How far the threat has come: the highest kind among the case's active notices (see {@link NoticeKind}). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind escalation;

    /** Opened by a Kronofogden notice: about a week remains. */
    @Column(nullable = false)
    public boolean urgent;

    /** LIVES_IN or VISITS (umgängesbarn) when a notice or step said so. */
    @Column(name = "children_relation")
    public String childrenRelation;

    @Column(name = "assigned_at")
    public OffsetDateTime assignedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** The outcome on closing. */
    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** How an averted eviction was averted. */
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_detail")
    public Outcome.AvertedBy outcomeDetail;

    @Column(name = "outcome_note")
    public String outcomeNote;

    /** The most urgent open deadline (the inbox sorts by it); null when none is open. */
    @Column(name = "inbox_due_at")
    public OffsetDateTime inboxDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "inbox_deadline")
    public DeadlineEngine.Kind inboxDeadline;

    /** Whether any deadline of the case is breached (the inbox filter). */
    @Column(name = "has_breached_deadline", nullable = false)
    public boolean hasBreachedDeadline;

    /** Notices on this case still without a recorded position (ställningstagande). */
    @Column(name = "notices_without_position", nullable = false)
    public int noticesWithoutPosition;

    /** Increases with every change of who may work with the case (the ACCESS_CHANGED sequence). */
    @Column(name = "access_sequence", nullable = false)
    public long accessSequence;

    @Version
    public int version;

    /**
     * Not stored: true when this transaction opened the case, so that nothing a caseworker records (steps, extensions)
     * and no earlier deadline can exist yet, and the deadline refresh need not look for them.
     */
    @Transient
    public boolean openedInThisTransaction;

    public boolean childrenAffected() {
        return childrenKnown != null && childrenKnown.affected();
    }

    public boolean isOpen() {
        return status != Stage.CLOSED;
    }

    public boolean flatKnown() {
        return flatNumber != null && !flatNumber.isBlank();
    }
}
