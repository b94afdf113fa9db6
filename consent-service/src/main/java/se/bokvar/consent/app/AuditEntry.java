package se.bokvar.consent.app;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of the audit trail: who read or changed what, when, why. Persons appear only as person keys.
 *
 * @param occurredAt  in Stockholm time
 * @param actorRoles  comma-separated
 * @param resourceIds consent ids, case ids and person keys concerned
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actorSubject, String actorUsername, String actorRoles,
        String actorBoard, String action, String resourceType, List<String> resourceIds, String purpose) {
}
