package se.bokvar.intake.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.HasLetterOrDigit;
import se.bokvar.platform.validation.ValidPersonalIdentityNumber;

/** A tenant (co-tenants each get an entry). */
@Schema(name = "Tenant")
public record Tenant(
        @Schema(description = "Personnummer or samordningsnummer: 10 or 12 digits, optionally '-' (or '+' for 100 years or older) before the last four", example = "19850315-2384", maxLength = 13)
        @NotBlank @Size(max = 13) @ValidPersonalIdentityNumber String personalIdentityNumber,
        @Schema(example = "Maria Exempelsson", maxLength = 200)
        @NotBlank @Size(max = 200) @HasLetterOrDigit String name) {
}
