package se.bokvar.intake.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.intake.app.ChildrenKnown;

import se.bokvar.platform.validation.HasLetterOrDigit;
import se.bokvar.intake.api.validation.DistinctTenants;
import se.bokvar.intake.api.validation.RoomsOrArea;
import se.bokvar.platform.validation.RecentDate;

/**
 * A landlord's notice to social services of a termination for unpaid rent (JB 12 kap. 44 §, "formulär 3"),
 * or of a tenant-owned flat's fees (BRL 7 kap. 23 §).
 */
@Schema(name = "TerminationNotice", description = "Termination for unpaid rent (uppsägning pga. obetald hyra): Jordabalken 12 kap. 44 § for a rented flat, bostadsrättslagen 7 kap. 23 § for a tenant-owned one.")
@RoomsOrArea
public record TerminationNoticeRequest(
        @Schema(description = "RENTAL (hyresrätt, JB 12:44), TENANT_OWNED_DWELLING or TENANT_OWNED_PREMISES (bostadsrätt, BRL 7:23)", example = "RENTAL")
        @NotNull Tenure tenure,
        @Schema(description = "The landlord's own reference for this notice; unique per landlord and notice kind (a second notice with the same reference is answered with the first one's receipt if identical, 409 otherwise)", example = "HB-2026-00417", maxLength = 64)
        @NotBlank @Size(max = 64) @HasLetterOrDigit String landlordReference,
        @Schema(description = "The tenant(s); co-tenants each get an entry")
        @NotEmpty @Size(max = 10) @DistinctTenants List<@Valid @NotNull Tenant> tenants,
        @NotNull @Valid Address address,
        @Schema(description = "Number of rooms (rooms or area, or both, are required)", example = "2", minimum = "1", maximum = "30")
        @Min(1) @Max(30) Integer rooms,
        @Schema(description = "Size in square metres (rooms or area, or both, are required)", example = "58", minimum = "1", maximum = "2000")
        @DecimalMin("1") @DecimalMax("2000") @Digits(integer = 4, fraction = 1) BigDecimal areaSquareMetres,
        @Schema(description = "Lease type as the landlord's system calls it", example = "förstahandskontrakt", maxLength = 64)
        @Size(max = 64) String leaseType,
        @Schema(description = "Rent (or fee) per month, SEK, at most two decimals", example = "7850", minimum = "0", maximum = "200000")
        @NotNull @DecimalMin("0") @DecimalMax("200000") @Digits(integer = 6, fraction = 2) BigDecimal monthlyRent,
        @Schema(description = "The debt, SEK, at most two decimals", example = "15700", minimum = "0", maximum = "5000000")
        @NotNull @DecimalMin("0") @DecimalMax("5000000") @Digits(integer = 7, fraction = 2) BigDecimal debtAmount,
        @Schema(description = "Months in arrears", example = "2", minimum = "0", maximum = "120")
        @Min(0) @Max(120) Integer monthsInArrears,
        @Schema(description = "The day the termination was served on the tenant (delgivning), if known: not in the future, at most 400 days ago. It starts the recovery period, counted from the later of this day and the receipt. When it is learned later, send it with POST /api/v1/notices/{id}/served-date.", example = "2026-11-20")
        @RecentDate LocalDate servedOn,
        @Schema(description = "Whether the landlord knows of children living in the household")
        @NotNull ChildrenKnown childrenKnown,
        @NotNull @Valid Contact contactPerson) {
}
