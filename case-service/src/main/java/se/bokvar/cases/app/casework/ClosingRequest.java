package se.bokvar.cases.app.casework;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.rules.casework.Outcome;

/** Closing a case, with its outcome. */
@Schema(name = "Closing")
public record ClosingRequest(
        @Schema(example = "EVICTION_AVERTED") @NotNull Outcome outcome,
        @Schema(description = "How the eviction was averted (EVICTION_AVERTED only)", example = "PAYMENT_COMMITMENT")
        Outcome.AvertedBy avertedBy,
        @Schema(description = "What happened (required for OTHER)", maxLength = 4000) @Size(max = 4000) String note) {
}
