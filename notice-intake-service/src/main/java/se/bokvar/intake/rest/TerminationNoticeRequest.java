package se.bokvar.intake.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.PersonalIdentityNumber;
import se.bokvar.platform.validation.RecentDate;
import se.bokvar.platform.validation.SwedishPostalCode;

/**
 * A landlord's notice to social services of a termination for unpaid rent (JB 12 kap. 44 §, "formulär 3"),
 * or of a tenant-owned flat's fees (BRL 7 kap. 23 §).
 */
@Schema(name = "TerminationNotice", description = "Termination for unpaid rent (uppsägning pga. obetald hyra).")
public record TerminationNoticeRequest(
        @Schema(description = "RENTAL (hyresrätt, JB 12:44), TENANT_OWNED_DWELLING or TENANT_OWNED_PREMISES (bostadsrätt, BRL 7:23)", example = "RENTAL")
        @NotNull Tenure tenure,
        @Schema(description = "The landlord's own reference for this notice", example = "HB-2026-00417")
        @NotBlank @Size(max = 64) String landlordReference,
        @Schema(description = "The tenant(s); co-tenants each get an entry")
        @NotEmpty @Size(max = 10) List<@Valid @NotNull Tenant> tenants,
        @NotNull @Valid Address address,
        @Schema(description = "Number of rooms", example = "2")
        @Min(1) @Max(30) Integer rooms,
        @Schema(description = "Size in square metres", example = "58")
        @DecimalMin("1") @DecimalMax("2000") @Digits(integer = 4, fraction = 1) BigDecimal areaSquareMetres,
        @Schema(description = "Lease type as the landlord's system calls it", example = "förstahandskontrakt")
        @Size(max = 64) String leaseType,
        @Schema(description = "Rent per month, SEK", example = "7850")
        @NotNull @DecimalMin("0") @DecimalMax("200000") @Digits(integer = 6, fraction = 2) BigDecimal monthlyRent,
        @Schema(description = "The rent debt, SEK", example = "15700")
        @NotNull @DecimalMin("0") @DecimalMax("5000000") @Digits(integer = 7, fraction = 2) BigDecimal debtAmount,
        @Schema(description = "Months in arrears", example = "2")
        @Min(0) @Max(120) Integer monthsInArrears,
        @Schema(description = "The day the termination was served on the tenant (delgivning), if known; it starts the recovery period", example = "2026-11-20")
        @RecentDate LocalDate servedOn,
        @Schema(description = "Whether the landlord knows of children living in the household")
        @NotNull ChildrenKnown childrenKnown,
        @NotNull @Valid Contact contactPerson) {

    /** The form of tenure. */
    public enum Tenure {
        RENTAL, TENANT_OWNED_DWELLING, TENANT_OWNED_PREMISES
    }

    /** Whether children are known to live in the household. */
    public enum ChildrenKnown {
        YES, NO, UNKNOWN
    }

    /** A tenant. */
    public record Tenant(
            @Schema(description = "Personnummer or samordningsnummer, 10 or 12 digits with optional - or +", example = "19850315-2384")
            @NotBlank @Size(max = 13) @PersonalIdentityNumber String personalIdentityNumber,
            @Schema(example = "Maria Exempelsson")
            @NotBlank @Size(max = 200) String name) {
    }

    /** The dwelling's address. */
    public record Address(
            @Schema(example = "Exempelgatan 12")
            @NotBlank @Size(max = 200) String street,
            @Schema(example = "415 02")
            @NotBlank @SwedishPostalCode String postalCode,
            @Schema(example = "Göteborg")
            @NotBlank @Size(max = 100) String city,
            @Schema(description = "Lägenhetsnummer", example = "1102")
            @Size(max = 20) String flatNumber) {
    }

    /** The landlord's contact person for this notice. */
    public record Contact(
            @Schema(example = "Karin Förvaltare")
            @NotBlank @Size(max = 200) String name,
            @Schema(example = "031-123 45 67")
            @Size(max = 40) String phone,
            @Schema(example = "karin@hemma.example")
            @Email @Size(max = 200) String email) {
    }
}
