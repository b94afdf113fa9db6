package se.bokvar.intake.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.HasLetterOrDigit;

/** The landlord's contact person for this notice. */
@Schema(name = "Contact")
public record Contact(
        @Schema(example = "Karin Förvaltare", maxLength = 200)
        @NotBlank @Size(max = 200) @HasLetterOrDigit String name,
        @Schema(example = "031-123 45 67", maxLength = 40)
        @Size(max = 40) String phone,
        @Schema(example = "karin@hemma.example", maxLength = 200)
        @Email @Size(max = 200) String email) {
}
