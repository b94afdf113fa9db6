package se.bokvar.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A correction: the complete corrected notice, of the same kind as the original, in the field for that kind, and
 * why. The original stays in the history; a corrected termination starts the recovery period again from the
 * correction's receipt.
 */
@Schema(name = "Correction", description = "The complete corrected notice in the field of its kind (exactly one of termination, rectification, earlyWarning; the same kind and landlordReference as the original), and the reason.")
public record CorrectionRequest(
        @Schema(description = "Why the notice is corrected", example = "Skulden var felaktigt angiven: 15 700 kr, inte 17 500 kr.", maxLength = 1000)
        @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "The corrected termination, when the original is a termination")
        @Valid TerminationNoticeRequest termination,
        @Schema(description = "The corrected notice, when the original is a request to rectify")
        @Valid RectificationNoticeRequest rectification,
        @Schema(description = "The corrected notice, when the original is an early warning")
        @Valid EarlyWarningRequest earlyWarning) {
}
