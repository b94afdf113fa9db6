package se.bokvar.cases.app.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case as its caseworkers see it. */
@Schema(name = "Case")
public record CaseView(UUID id, String board, String unit, String status, OffsetDateTime openedAt, String assignedTo,
        Address address, String childrenKnown, List<Person> household, List<Notice> notices, Deadlines deadlines,
        @Schema(description = "How far the threat has come: the highest kind among the active notices") String escalation,
        @Schema(description = "Opened by Kronofogden's eviction notice") boolean urgent,
        @Schema(description = "The household's earlier, closed case") UUID previousCaseId,
        int noticesWithoutPosition, List<Eviction> evictions, List<Task> tasks, List<Required> requiredSteps,
        Closing closing) {

    public record Address(String street, String postalCode, String city, String flatNumber) {
    }

    /** A member of the household; the personnummer is shown to the case's own caseworkers only. */
    public record Person(String personalIdentityNumber, boolean coordinationNumber, String name, String role) {
    }

    /**
     * A notice on the case.
     *
     * @param status   ACTIVE or WITHDRAWN
     * @param revision 1 for the original; corrections, served-date updates and withdrawals count up (history on the
     *                 timeline)
     * @param position the recorded position (ställningstagande), null while none: the inbox lists such notices
     */
    public record Notice(UUID id, String kind, String source, String senderId, String senderReference,
            OffsetDateTime receivedAt, LocalDate servedOn, BigDecimal monthlyRent, BigDecimal debtAmount,
            Integer monthsInArrears, String status, int revision, String otherSource, String kfmCaseNumber,
            OffsetDateTime evictionAt, Position position) {
    }

    public record Position(String decision, String reason, String by, OffsetDateTime at) {
    }

    /** The legal deadlines. */
    public record Deadlines(RecoveryPeriod recoveryPeriod, List<Deadline> all) {
    }

    /**
     * Återvinningsfrist (JB 12:44 / BRL 7:23) of the termination that matters now.
     *
     * @param countedFrom the later of the date served and social services' receipt (a correction's receipt)
     * @param nominalEnd  three weeks later, before lag (1930:173) moves it
     * @param lastDay     the last day to pay or commit in writing
     * @param provisional true while the served date is unknown (counted from the receipt: the earliest possible end)
     * @param actBy       the caseworker's act-by date: the earliest last day ever computed for this notice
     * @param legalBasis  the statute, e.g. "Jordabalken 12 kap. 44 §"
     * @param movedBecause when {@code lastDay} is later than {@code nominalEnd}: why no period ends on the nominal
     *                    end (lag 1930:173, 2 §), in Swedish, e.g. ["lördag", "annandag jul"]; otherwise empty
     */
    public record RecoveryPeriod(LocalDate countedFrom, LocalDate nominalEnd, LocalDate lastDay, boolean provisional,
            LocalDate actBy, String state, String noticeId, String legalBasis, List<String> movedBecause) {
    }

    /**
     * One deadline with its state (PENDING, MET, BREACHED, NOT_APPLICABLE).
     *
     * @param dueOn the legal last day (recovery period), the limit (pre-assessment), the day (acknowledgement, eviction)
     * @param actBy the act-by date when it differs in kind from the due day (recovery period)
     */
    public record Deadline(String kind, String ref, String state, LocalDate dueOn, OffsetDateTime passesAt,
            LocalDate actBy, OffsetDateTime nearFrom, String note) {
    }

    /** A Kronofogden eviction case on this case. */
    public record Eviction(String kfmCaseNumber, OffsetDateTime receivedAt, OffsetDateTime evictionAt, String status,
            String responsibleCaseworker, String responsibleBasis, int namings, String acknowledgement) {
    }

    /** A task for another unit (the children-and-youth unit). */
    public record Task(UUID id, String unit, String kind, OffsetDateTime createdAt, OffsetDateTime doneAt) {
    }

    /** A step the case requires before it may close, and whether it is done. */
    public record Required(String kind, String ref, boolean done) {
    }

    public record Closing(OffsetDateTime closedAt, String outcome, String avertedBy, String note) {
    }
}
