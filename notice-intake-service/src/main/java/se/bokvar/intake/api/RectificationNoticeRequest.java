package se.bokvar.intake.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.intake.app.ChildrenKnown;
import se.bokvar.intake.app.RectificationKind;

import se.bokvar.platform.validation.HasLetterOrDigit;
import se.bokvar.intake.api.validation.DistinctTenants;
import se.bokvar.platform.validation.RecentDate;

/**
 * A landlord's notice that it has requested the tenant to rectify a disturbance or a lack of care (anmodan om
 * rättelse, JB 12 kap. 25 §, 42 §). It must reach social services before the landlord may terminate.
 */
@Schema(name = "RectificationRequestNotice", description = "Request to rectify (anmodan om rättelse) a disturbance or a lack of care; must reach social services before a termination.")
public record RectificationNoticeRequest(
        @Schema(example = "RENTAL")
        @NotNull Tenure tenure,
        @Schema(description = "The landlord's own reference; unique per landlord and notice kind", example = "HB-R-2026-0031", maxLength = 64)
        @NotBlank @Size(max = 64) @HasLetterOrDigit String landlordReference,
        @NotEmpty @Size(max = 10) @DistinctTenants List<@Valid @NotNull Tenant> tenants,
        @NotNull @Valid Address address,
        @Schema(description = "DISTURBANCE (störningar), LACK_OF_CARE (bristande skötsamhet, vanvård) or OTHER", example = "DISTURBANCE")
        @NotNull RectificationKind kind,
        @Schema(description = "What happened, as the landlord describes it", example = "Upprepade störningar nattetid, senast 2026-11-14.", maxLength = 4000)
        @NotBlank @Size(max = 4000) String description,
        @Schema(description = "The dates of the incidents the request refers to (not in the future, at most two years ago)", example = "[\"2026-11-14\"]")
        @Size(max = 50) List<@NotNull @RecentDate(maxAgeDays = 731) LocalDate> incidentDates,
        @Schema(description = "The day the request to rectify was served on the tenant, if known", example = "2026-11-16")
        @RecentDate LocalDate requestServedOn,
        @NotNull ChildrenKnown childrenKnown,
        @NotNull @Valid Contact contactPerson) {
}
