package se.bokvar.intake.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.intake.app.WithdrawNotice;

/** The landlord withdraws a notice. */
@Schema(name = "Withdrawal")
public record WithdrawalRequest(
        @Schema(description = "DEBT_PAID, TERMINATION_WITHDRAWN, SENT_IN_ERROR or OTHER (OTHER needs a comment)", example = "DEBT_PAID")
        @NotNull WithdrawNotice.Reason reason,
        @Schema(description = "Free text", example = "Skulden betald i sin helhet 2026-11-21.", maxLength = 1000)
        @Size(max = 1000) String comment) {
}
