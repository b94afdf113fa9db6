package se.bokvar.consent.rest;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the audit trail: who read or changed what, when, why. Persons appear only as person keys. */
@Schema(name = "AuditRecord")
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuditRecordView(
        long id,
        @JsonProperty("occurredAt") OffsetDateTime occurredAt,
        String actorSubject,
        String actorUsername,
        @Schema(description = "Comma-separated roles", example = "caseworker") String actorRoles,
        String actorBoard,
        @Schema(example = "consent.read") String action,
        @Schema(example = "consent") String resourceType,
        @Schema(description = "Consent ids, case ids and person keys concerned") List<String> resourceIds,
        String purpose) {
}
