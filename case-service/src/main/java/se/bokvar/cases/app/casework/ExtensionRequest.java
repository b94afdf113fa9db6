package se.bokvar.cases.app.casework;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Extending the pre-assessment's limit for a special reason (handbook 5.2). */
@Schema(name = "PreAssessmentExtension")
public record ExtensionRequest(
        @Schema(example = "2026-12-31") @NotNull LocalDate newLimit,
        @Schema(description = "The special reason: no contact yet, waiting for the recovery period, motivating contacts", maxLength = 2000)
        @NotBlank @Size(max = 2000) String reason) {
}
