package se.bokvar.kronofogden.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.kronofogden.app.eviction.UpdateKind;

/** An update to a notified eviction case. Contract: docs/kronofogden/schemas/eviction-update.schema.json. */
@Schema(name = "EvictionUpdate", description = "New date, postponement granted, cancelled or carried out.")
public record EvictionUpdateRequest(
        @Schema(description = "Kronofogden's id of this update message (idempotency)", example = "UPD-2026-000481")
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}", message = "must be 1-64 letters, digits, '.', '_', ':' or '-'") String updateId,
        @Schema(description = "NEW_DATE, POSTPONED (anstånd beviljat), CANCELLED (återkallad), CARRIED_OUT (verkställd)")
        @NotNull UpdateKind kind,
        @Schema(description = "The new date and time (NEW_DATE, POSTPONED); absent for CANCELLED and CARRIED_OUT", example = "2026-12-17T09:00:00+01:00")
        OffsetDateTime evictionAt,
        @Schema(description = "Kronofogden's note")
        @Size(max = 2000) String comment) {
}
