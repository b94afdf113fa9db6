package se.bokvar.consent.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.RecentDate;
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.Purpose;

import se.bokvar.consent.app.ConsentChange;

/** A change: the full new scope, which may add but never remove (removing is a withdrawal). */
@Schema(name = "ConsentChange", description = "The consent's full new scope and terms. It may add parties, purposes"
        + " and categories, change the end date, the form or the signed-form reference; it never removes anything"
        + " (record a withdrawal for that).")
public record ChangeRequest(
        @NotEmpty @Size(max = 20) List<@Valid @NotNull PartyDto> parties,
        @NotEmpty @Size(max = 20) List<@NotNull Purpose> purposes,
        @NotEmpty @Size(max = 20) List<@NotNull Category> categories,
        @Size(max = 500) String otherPurpose,
        @Size(max = 500) String otherCategory,
        @Schema(description = "How the person agreed to this change; required for CONSENT", example = "WRITTEN")
        ConsentForm form,
        @Schema(description = "The day the person agreed to this change", example = "2026-11-22")
        @NotNull @RecentDate LocalDate givenOn,
        LocalDate validUntil,
        @Size(max = 200) String signedFormReference,
        @Size(max = 4000) String note,
        @Schema(description = "The version this change was prepared from; if the consent has moved on since, 409", example = "1")
        @Min(1) Integer basedOnVersion) {

    ConsentChange toCommand() {
        return new ConsentChange(PartyDto.inputs(parties), purposes, categories, otherPurpose, otherCategory, form,
                givenOn, validUntil, signedFormReference, note, basedOnVersion);
    }
}
