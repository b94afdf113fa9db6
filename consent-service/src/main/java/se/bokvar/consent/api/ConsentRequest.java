package se.bokvar.consent.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.ValidPersonalIdentityNumber;
import se.bokvar.platform.validation.RecentDate;
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.LegalGround;
import se.bokvar.rules.consent.Purpose;

import se.bokvar.consent.app.NewConsent;

/** A consent the person has given (or another legal ground the caseworker records). */
@Schema(name = "NewConsent", description = "Record a consent (samtycke) of one of the case's persons, or another"
        + " secrecy-breaking ground. It covers every combination of its parties, purposes and categories.")
public record ConsentRequest(
        @Schema(description = "The person who consents: personnummer or samordningsnummer; must be one of the case's persons",
                example = "19850315-2384")
        @NotBlank @Size(max = 13) @ValidPersonalIdentityNumber String personalIdentityNumber,
        @Schema(description = "CONSENT (default) or OSL_26_9C (OSL 26 kap. 9 c §: elderly-care and disability-support only)",
                example = "CONSENT")
        LegalGround legalGround,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull PartyDto> parties,
        @Schema(example = "[\"INFORM_PLANNED_SUPPORT\", \"PAYMENT_COMMITMENT\"]")
        @NotEmpty @Size(max = 20) List<@NotNull Purpose> purposes,
        @Schema(example = "[\"PLANNED_SUPPORT\", \"PAYMENT_COMMITMENT\"]")
        @NotEmpty @Size(max = 20) List<@NotNull Category> categories,
        @Schema(description = "What the purpose OTHER means; required when purposes has OTHER")
        @Size(max = 500) String otherPurpose,
        @Schema(description = "What the category OTHER means; required when categories has OTHER")
        @Size(max = 500) String otherCategory,
        @Schema(description = "WRITTEN (on the signed form) or ORAL_DOCUMENTED; required for CONSENT, empty for other grounds",
                example = "WRITTEN")
        ConsentForm form,
        @Schema(description = "The day the person gave consent (or the ground was assessed), Europe/Stockholm", example = "2026-11-20")
        @NotNull @RecentDate LocalDate givenOn,
        @Schema(description = "Last day the consent holds (inclusive); empty: until withdrawn", example = "2027-05-31")
        LocalDate validUntil,
        @Schema(description = "Where the signed form is kept (e.g. the document id in the case file); required for WRITTEN",
                example = "TRESERVA-2026-11-20-0042")
        @Size(max = 200) String signedFormReference,
        @Schema(description = "Documentation: how and in what situation the consent was given")
        @Size(max = 4000) String note) {

    NewConsent toCommand() {
        return new NewConsent(personalIdentityNumber, legalGround, PartyDto.inputs(parties), purposes, categories,
                otherPurpose, otherCategory, form, givenOn, validUntil, signedFormReference, note);
    }
}
