package se.bokvar.web.caseworker.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * case-service's answers for supervisors and auditors as the desk reads them (its OpenAPI: OverdueAcknowledgement,
 * Statistics, Figure, AuditRecord). The desk's own copy of the shapes; fields case-service adds later are ignored.
 */
public final class OversightJson {

    private OversightJson() {
    }

    /** An acknowledgement to Kronofogden not confirmed on its day. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OverdueAcknowledgement(UUID caseId, String board, String kfmCaseNumber, LocalDate dueOn,
            OffsetDateTime receivedAt, String responsibleCaseworker, Integer attempts) {
    }

    /**
     * A count that leaves nobody identifiable: {@code count}, or, when case-service suppressed it, {@code count} null
     * and {@code suppressed} set ("hidden": a count of 1 to 4, or one hidden so that such a count cannot be worked
     * out; case-service does not say which).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figure(Long count, String suppressed) {
    }

    /**
     * The figures of a period; months are "YYYY-MM"; scope is the board or "municipality". {@code publishedThrough}
     * is the last month the figures include (only months that have ended are published), null when none has;
     * {@code noticeTotals} the municipality's notices per month and kind (scope municipality only).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statistics(String scope, String from, String to, String publishedThrough, List<NoticeCount> notices,
            List<NoticeTotal> noticeTotals, ContactTime firstPersonalContact, Children children,
            List<OutcomeCount> outcomes, List<DeadlineCount> deadlines) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NoticeCount(String month, String board, String kind, Figure count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NoticeTotal(String month, String kind, Figure count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContactTime(Figure cases, Double medianHours, Double p90Hours) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Children(Figure cases, Figure withChildren, Double share) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OutcomeCount(String outcome, String avertedBy, Figure count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeadlineCount(String deadline, String state, Figure count) {
    }

    /** One record of the audit trail (persons are named by their key, never by personnummer). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuditRecord(long id, OffsetDateTime occurredAt, String actorSubject, String actorUsername,
            String actorRoles, String actorBoard, String action, String resourceType, List<String> resourceIds,
            String purpose) {
    }
}
