package se.bokvar.consent.api;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.consent.app.AuditEntry;

/** One entry of the audit trail: who read or changed what, when, why. Persons appear only as person keys. */
@Schema(name = "AuditRecord")
public record AuditRecordView(
        long id,
        OffsetDateTime occurredAt,
        String actorSubject,
        String actorUsername,
        @Schema(description = "Comma-separated roles", example = "caseworker") String actorRoles,
        String actorBoard,
        @Schema(example = "consent.read") String action,
        @Schema(example = "consent") String resourceType,
        @Schema(description = "Consent ids, case ids and person keys concerned") List<String> resourceIds,
        String purpose) {

    static AuditRecordView from(AuditEntry e) {
        return new AuditRecordView(e.id(), e.occurredAt(), e.actorSubject(), e.actorUsername(), e.actorRoles(),
                e.actorBoard(), e.action(), e.resourceType(), e.resourceIds(), e.purpose());
    }
}
