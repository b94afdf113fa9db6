package se.bokvar.consent.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.ValidPersonalIdentityNumber;
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.Purpose;

import se.bokvar.consent.app.DisclosureQuestion;

/** "May this case's caseworker disclose category C about this person to party P for purpose U now?" */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @Schema(example = "2b14e882-da3f-4c2c-9fd2-60488238dc41")
        @NotNull UUID caseId,
        @Schema(description = "The person the information is about; one of the case's persons", example = "19850315-2384")
        @NotBlank @Size(max = 13) @ValidPersonalIdentityNumber String personalIdentityNumber,
        @NotNull @Valid PartyDto party,
        @Schema(example = "PAYMENT_COMMITMENT")
        @NotNull Purpose purpose,
        @Schema(example = "PAYMENT_COMMITMENT")
        @NotNull Category category) {

    DisclosureQuestion toCommand() {
        return new DisclosureQuestion(caseId, personalIdentityNumber, party.toInput(), purpose, category);
    }
}
