package se.bokvar.cases.app.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Assign a case to yourself ({@code me}) or to a colleague of the case's unit (their login). */
@Schema(name = "Assignment")
public record AssignmentRequest(
        @Schema(description = "The caseworker's login, or 'me'", example = "me", maxLength = 64)
        @NotBlank @Size(max = 64) String caseworker) {
}
