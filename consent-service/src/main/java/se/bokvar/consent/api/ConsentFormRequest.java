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
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.Purpose;

import se.bokvar.consent.app.FormToSign;

/** What a consent form to be signed should say (nothing is recorded until the signed consent is). */
@Schema(name = "ConsentFormRequest", description = "The consent the person is asked to sign: who, what for, which information, until when.")
public record ConsentFormRequest(
        @Schema(example = "19850315-2384")
        @NotBlank @Size(max = 13) @ValidPersonalIdentityNumber String personalIdentityNumber,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull PartyDto> parties,
        @NotEmpty @Size(max = 20) List<@NotNull Purpose> purposes,
        @NotEmpty @Size(max = 20) List<@NotNull Category> categories,
        @Size(max = 500) String otherPurpose,
        @Size(max = 500) String otherCategory,
        @Schema(description = "Last day the consent would hold (inclusive); empty: until withdrawn", example = "2027-05-31")
        LocalDate validUntil) {

    FormToSign toCommand() {
        return new FormToSign(personalIdentityNumber, PartyDto.inputs(parties), purposes, categories, otherPurpose,
                otherCategory, validUntil);
    }
}
