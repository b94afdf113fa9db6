package se.bokvar.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.ValidPersonalIdentityNumber;

/** Search by personnummer: the purpose is required and recorded in the audit trail (with the person's key, never the number). */
@Schema(name = "PersonSearch")
public record SearchRequest(
        @Schema(example = "19850315-2384", maxLength = 13) @NotBlank @Size(max = 13) @ValidPersonalIdentityNumber String personalIdentityNumber,
        @Schema(description = "Why you search: recorded in the audit trail", example = "The tenant called about a letter from the landlord", minLength = 10, maxLength = 500)
        @NotBlank @Size(min = 10, max = 500) String purpose) {
}
