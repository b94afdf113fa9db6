package se.bokvar.cases.app.casework;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.HasLetterOrDigit;
import se.bokvar.platform.validation.SwedishPostalCode;
import se.bokvar.platform.validation.ValidPersonalIdentityNumber;

/**
 * Information that a household risks eviction from a source other than a landlord or Kronofogden (the tenant, a
 * relative, another administration), registered by a caseworker. It needs a position like any notice; contacting
 * the landlord about it needs the person's consent. It starts no statutory deadline.
 */
@Schema(name = "OtherSourceNotice")
public record OtherSourceNoticeRequest(
        @Schema(description = "What the information is about", example = "TERMINATION_UNPAID_RENT")
        @NotNull Kind kind,
        @Schema(description = "Who told social services", example = "RELATIVE")
        @NotNull Source source,
        @Schema(description = "When social services received it; default now", example = "2026-11-20T10:15:00+01:00")
        OffsetDateTime receivedAt,
        @NotEmpty @Size(max = 10) List<@Valid @NotNull Tenant> tenants,
        @NotNull @Valid Address address,
        @Schema(description = "Whether children live in or visit the household, as far as known", example = "UNKNOWN")
        Children childrenKnown,
        @Schema(description = "The landlord, if known (its landlord_id)", example = "hemma-bostader", maxLength = 64)
        @Size(max = 64) String landlordId,
        @Schema(description = "What was reported", example = "The tenant's sister called: the rent has not been paid since August", maxLength = 4000)
        @NotBlank @Size(max = 4000) String description) {

    public enum Kind {
        EARLY_WARNING, RECTIFICATION_REQUEST, TERMINATION_UNPAID_RENT, EVICTION
    }

    public enum Source {
        TENANT, RELATIVE, OTHER_ADMINISTRATION, OTHER
    }

    public enum Children {
        YES, NO, UNKNOWN
    }

    @Schema(name = "OtherSourceTenant")
    public record Tenant(
            @Schema(example = "19850315-2384", maxLength = 13)
            @NotBlank @Size(max = 13) @ValidPersonalIdentityNumber String personalIdentityNumber,
            @Schema(example = "Maria Exempelsson", maxLength = 200) @NotBlank @Size(max = 200) @HasLetterOrDigit String name) {
    }

    @Schema(name = "OtherSourceAddress")
    public record Address(
            @Schema(example = "Exempelgatan 12", maxLength = 200) @NotBlank @Size(max = 200) @HasLetterOrDigit String street,
            @Schema(example = "415 02") @NotBlank @Size(max = 6) @SwedishPostalCode String postalCode,
            @Schema(example = "Göteborg", maxLength = 100) @Size(max = 100) @HasLetterOrDigit String city,
            @Schema(example = "1102", maxLength = 20) @Size(max = 20) @HasLetterOrDigit String flatNumber) {
    }
}
