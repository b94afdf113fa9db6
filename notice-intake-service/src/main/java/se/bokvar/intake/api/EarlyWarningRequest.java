package se.bokvar.intake.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.intake.app.ChildrenKnown;
import se.bokvar.intake.app.WarningReason;

import se.bokvar.platform.validation.HasLetterOrDigit;
import se.bokvar.intake.api.validation.DistinctTenants;

/** An early warning before any formal notice: late payments, complaints, concern for children. */
@Schema(name = "EarlyWarning", description = "Early warning before any formal notice (late payments, complaints, concern for children); social services take a position on these too.")
public record EarlyWarningRequest(
        @Schema(example = "RENTAL")
        @NotNull Tenure tenure,
        @Schema(description = "The landlord's own reference; unique per landlord and notice kind", example = "HB-V-2026-0112", maxLength = 64)
        @NotBlank @Size(max = 64) @HasLetterOrDigit String landlordReference,
        @NotEmpty @Size(max = 10) @DistinctTenants List<@Valid @NotNull Tenant> tenants,
        @NotNull @Valid Address address,
        @Schema(description = "One or more reasons", example = "[\"LATE_PAYMENTS\", \"CONCERN_FOR_CHILDREN\"]")
        @NotEmpty @Size(max = 4) List<@NotNull WarningReason> reasons,
        @Schema(description = "What the landlord has seen", example = "Hyran för oktober och november betald sent; grannar oroliga för barnen.", maxLength = 4000)
        @Size(max = 4000) String description,
        @Schema(description = "The overdue amount so far, if any, SEK", example = "7850", minimum = "0", maximum = "5000000")
        @DecimalMin("0") @DecimalMax("5000000") @Digits(integer = 7, fraction = 2) BigDecimal debtAmount,
        @NotNull ChildrenKnown childrenKnown,
        @NotNull @Valid Contact contactPerson) {
}
