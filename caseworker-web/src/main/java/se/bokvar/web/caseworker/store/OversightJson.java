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

    /** A count that leaves nobody identifiable: {@code count} null and {@code suppressed} "<5" for 1 to 4. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figure(Long count, String suppressed) {
    }

    /** The figures of a period; months are "YYYY-MM"; scope is the board or "municipality". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statistics(String scope, String from, String to, List<NoticeCount> notices,
            ContactTime firstPersonalContact, Children children, List<OutcomeCount> outcomes,
            List<DeadlineCount> deadlines) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NoticeCount(String month, String board, String kind, Figure count) {
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
