package se.bokvar.cases.app.casework;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The position (ställningstagande) on a notice: every notice, early warnings included, needs one.
 *
 * @param decision OPEN_PRE_ASSESSMENT (assess whether to investigate; moves an opened case into the pre-assessment)
 *                 or NO_ACTION (with the reason why)
 */
@Schema(name = "Position")
public record PositionRequest(
        @Schema(example = "OPEN_PRE_ASSESSMENT") @NotNull Decision decision,
        @Schema(description = "Why; required for NO_ACTION", example = "The debt is already paid according to the landlord", maxLength = 2000)
        @Size(max = 2000) String reason) {

    public enum Decision {
        OPEN_PRE_ASSESSMENT, NO_ACTION
    }
}
