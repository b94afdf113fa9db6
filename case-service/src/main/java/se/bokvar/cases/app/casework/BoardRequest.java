package se.bokvar.cases.app.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supervisor moves a case to another board (or out of the unrouted queue). */
@Schema(name = "BoardReassignment")
public record BoardRequest(
        @Schema(description = "The board id of the routing table", example = "hisingen", maxLength = 64)
        @NotBlank @Size(max = 64) String board,
        @Schema(description = "Why", example = "The flat is on Hisingen; the postal code straddles two boards", maxLength = 2000)
        @NotBlank @Size(max = 2000) String reason) {
}
