package se.bokvar.web.caseworker.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * case-service's answers as the desk reads them (its OpenAPI: Inbox, Case, Timeline, RecordedStep, and the problem
 * details). The desk's own copy of the shapes: services never share code; fields case-service adds later are ignored.
 */
public final class CaseJson {

    private CaseJson() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Inbox(String board, String unit, int limit, int offset, List<Summary> items,
            List<AwaitingPosition> awaitingPosition) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(UUID id, String board, String status, OffsetDateTime openedAt, String street,
            String postalCode, String childrenKnown, String assignedTo, LocalDate actBy, String escalation,
            String urgentDeadline, OffsetDateTime urgentAt, boolean breached, int noticesWithoutPosition,
            boolean urgent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AwaitingPosition(UUID noticeId, UUID caseId, String kind, String source, OffsetDateTime receivedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Case(UUID id, String board, String unit, String status, OffsetDateTime openedAt, String assignedTo,
            Address address, String childrenKnown, List<Person> household, List<Notice> notices, Deadlines deadlines,
            String escalation, boolean urgent, UUID previousCaseId, int noticesWithoutPosition,
            List<Eviction> evictions, List<Task> tasks, List<Required> requiredSteps, Closing closing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String street, String postalCode, String city, String flatNumber) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String personalIdentityNumber, boolean coordinationNumber, String name, String role) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Notice(UUID id, String kind, String source, String senderId, String senderReference,
            OffsetDateTime receivedAt, LocalDate servedOn, BigDecimal monthlyRent, BigDecimal debtAmount,
            Integer monthsInArrears, String status, int revision, String otherSource, String kfmCaseNumber,
            OffsetDateTime evictionAt, Position position) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Position(String decision, String reason, String by, OffsetDateTime at) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deadlines(RecoveryPeriod recoveryPeriod, List<Deadline> all) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecoveryPeriod(LocalDate countedFrom, LocalDate nominalEnd, LocalDate lastDay, boolean provisional,
            LocalDate actBy, String state, String noticeId, String legalBasis, List<String> movedBecause) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Deadline(String kind, String ref, String state, LocalDate dueOn, OffsetDateTime passesAt,
            LocalDate actBy, OffsetDateTime nearFrom, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Eviction(String kfmCaseNumber, OffsetDateTime receivedAt, OffsetDateTime evictionAt, String status,
            String responsibleCaseworker, String responsibleBasis, int namings, String acknowledgement) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(UUID id, String unit, String kind, OffsetDateTime createdAt, OffsetDateTime doneAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Required(String kind, String ref, boolean done) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Closing(OffsetDateTime closedAt, String outcome, String avertedBy, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Timeline(UUID caseId, String status, List<Entry> entries, List<Deadline> deadlines) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(OffsetDateTime at, String kind, String summary, String actor, String ref,
            Map<String, Object> details) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecordedStep(UUID id, String kind, String status, OffsetDateTime performedAt, String performedBy,
            String caseStatus, List<String> flags, List<String> warnings, ConsentDecision consent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsentDecision(String decision, String reason, String consentId, Integer consentVersion) {
    }

    /** An RFC 9457 problem from case-service. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
