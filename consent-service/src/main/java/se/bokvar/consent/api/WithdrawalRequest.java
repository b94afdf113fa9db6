package se.bokvar.consent.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.RecentDate;
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.Purpose;

import se.bokvar.consent.app.ConsentWithdrawal;

/** A withdrawal: everything, or some parties, purposes and categories. */
@Schema(name = "ConsentWithdrawal", description = "The person withdraws the consent wholly (whole = true) or partly:"
        + " each party, purpose and category named is removed; the rest still holds. Takes effect at once.")
public record WithdrawalRequest(
        @Schema(description = "Withdraw everything", example = "false")
        Boolean whole,
        @Size(max = 20) List<@Valid @NotNull PartyDto> parties,
        @Schema(example = "[\"PAYMENT_COMMITMENT\"]")
        @Size(max = 20) List<@NotNull Purpose> purposes,
        @Size(max = 20) List<@NotNull Category> categories,
        @Schema(description = "The day the person withdrew", example = "2026-11-22")
        @NotNull @RecentDate LocalDate withdrawnOn,
        @Schema(description = "How the person withdrew: WRITTEN or ORAL_DOCUMENTED (optional)")
        ConsentForm form,
        @Schema(description = "Documentation of the withdrawal")
        @Size(max = 4000) String note,
        @Min(1) Integer basedOnVersion) {

    ConsentWithdrawal toCommand() {
        return new ConsentWithdrawal(Boolean.TRUE.equals(whole), PartyDto.inputs(parties), purposes, categories,
                withdrawnOn, form, note, basedOnVersion);
    }
}
