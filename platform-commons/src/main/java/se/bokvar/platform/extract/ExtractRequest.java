package se.bokvar.platform.extract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.ValidPersonalIdentityNumber;

/**
 * A supervisor's request for one service's part of a person's register extract (GDPR art. 15): whose, and why. The
 * personnummer travels in the body, never in a URL (URLs reach access logs).
 */
@Schema(name = "RegisterExtractRequest")
public record ExtractRequest(
        @Schema(description = "The person's personnummer or samordningsnummer, any accepted form", example = "19850315-2384")
        @NotBlank @Size(max = 13) @ValidPersonalIdentityNumber String personalIdentityNumber,
        @Schema(description = "Why (audited), e.g. the request's diary number", example = "Begäran om registerutdrag, dnr 2026-1234", minLength = 10, maxLength = 500)
        @NotBlank @Size(min = 10, max = 500) String purpose) {
}
