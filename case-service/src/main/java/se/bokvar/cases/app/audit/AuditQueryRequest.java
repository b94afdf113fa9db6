package se.bokvar.cases.app.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.ValidPersonalIdentityNumber;

/** What an auditor looks for in the audit trail; every field narrows it. */
@Schema(name = "AuditQuery")
public record AuditQueryRequest(
        @Schema(description = "Records naming this case") UUID caseId,
        @Schema(description = "Records naming this person (matched by the person's key; the number is never stored)", maxLength = 13)
        @Size(max = 13) @ValidPersonalIdentityNumber String personalIdentityNumber,
        @Schema(description = "The actor's login", example = "anna", maxLength = 64) @Size(max = 64) String actor,
        @Schema(description = "e.g. case.read, inbox.list, person.search, case.timeline", maxLength = 64) @Size(max = 64) String action,
        OffsetDateTime from,
        OffsetDateTime to,
        @Schema(description = "At most this many records, newest first (default 100)") @Min(1) @Max(1000) Integer limit) {
}
