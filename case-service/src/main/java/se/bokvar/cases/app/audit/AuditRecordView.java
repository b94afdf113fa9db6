package se.bokvar.cases.app.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audit record: who did what, when, to which cases or persons (by key), and why. */
@Schema(name = "AuditRecord")
public record AuditRecordView(long id, OffsetDateTime occurredAt, String actorSubject, String actorUsername,
        String actorRoles, String actorBoard, String action, String resourceType, List<String> resourceIds,
        String purpose) {
}
