package se.bokvar.intake.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.HasLetterOrDigit;
import se.bokvar.platform.validation.SwedishPostalCode;

/** The dwelling's address. */
@Schema(name = "Address")
public record Address(
        @Schema(example = "Exempelgatan 12", maxLength = 200)
        @NotBlank @Size(max = 200) @HasLetterOrDigit String street,
        @Schema(description = "Five digits, with or without a space", example = "415 02", pattern = "^[1-9][0-9]{2} ?[0-9]{2}$")
        @NotBlank @Size(max = 6) @SwedishPostalCode String postalCode,
        @Schema(example = "Göteborg", maxLength = 100)
        @NotBlank @Size(max = 100) @HasLetterOrDigit String city,
        @Schema(description = "Lägenhetsnummer (the four-digit national flat number or the landlord's own)", example = "1102", maxLength = 20)
        @Size(max = 20) @HasLetterOrDigit String flatNumber) {
}
