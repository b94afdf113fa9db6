package se.bokvar.kronofogden.api;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.platform.validation.HasLetterOrDigit;
import se.bokvar.platform.validation.ValidPersonalIdentityNumber;
import se.bokvar.platform.validation.SwedishPostalCode;

/**
 * Kronofogden's notice of an eviction (underrättelse om avhysning). Contract:
 * docs/kronofogden/schemas/eviction-notice.schema.json.
 */
@Schema(name = "EvictionNotice", description = "Underrättelse om avhysning: the date and time of an eviction, sent by Kronofogden.")
public record EvictionNoticeRequest(
        @Schema(description = "Kronofogden's case number (målnummer); makes delivery idempotent", example = "14-736105-26")
        @NotBlank @Pattern(regexp = KFM_CASE_NUMBER, message = KFM_CASE_NUMBER_MESSAGE) String kfmCaseNumber,
        @Schema(description = "The tenant(s) to be evicted; co-tenants each get an entry")
        @NotEmpty @Size(max = 10) List<@Valid @NotNull Tenant> tenants,
        @NotNull @Valid Address address,
        @Schema(description = "The applicant (sökande), usually the landlord")
        @NotNull @Valid Applicant applicant,
        @Schema(description = "Date and time of the eviction (förrättningen), ISO 8601 with offset", example = "2026-12-03T09:00:00+01:00")
        @NotNull OffsetDateTime evictionAt,
        @Schema(description = "The officer at Kronofogden social services may contact")
        @NotNull @Valid Contact kfmContact,
        @Schema(description = "Whether Kronofogden knows of children in the household; default UNKNOWN")
        ChildrenKnown childrenKnown,
        @Schema(description = "When Kronofogden's system sent the notice (informative)")
        OffsetDateTime sentAt) {

    public static final String KFM_CASE_NUMBER = "[A-Za-z0-9][A-Za-z0-9-]{2,39}";
    public static final String KFM_CASE_NUMBER_MESSAGE = "must be Kronofogden's case number: 3-40 letters, digits and dashes, e.g. 14-736105-26";

    /** Whether children are known to live in the household. */
    public enum ChildrenKnown {
        YES, NO, UNKNOWN
    }

    /** A tenant. */
    public record Tenant(
            @Schema(description = "Personnummer or samordningsnummer", example = "19850315-2384")
            @NotBlank @Size(max = 13) @ValidPersonalIdentityNumber String personalIdentityNumber,
            @Schema(example = "Maria Exempelsson")
            @NotBlank @Size(max = 200) @HasLetterOrDigit String name) {
    }

    /** The dwelling. */
    public record Address(
            @Schema(example = "Exempelgatan 12")
            @NotBlank @Size(max = 200) @HasLetterOrDigit String street,
            @Schema(example = "415 02")
            @NotBlank @SwedishPostalCode String postalCode,
            @Schema(example = "Göteborg")
            @NotBlank @Size(max = 100) @HasLetterOrDigit String city,
            @Schema(description = "Lägenhetsnummer, when known", example = "1102")
            @Size(max = 20) @HasLetterOrDigit String flatNumber) {
    }

    /** The applicant. */
    public record Applicant(
            @Schema(example = "Hemma Bostäder AB")
            @NotBlank @Size(max = 200) @HasLetterOrDigit String name,
            @Schema(description = "Organisationsnummer", example = "556677-8899")
            @Pattern(regexp = "[0-9]{6}-?[0-9]{4}", message = "must be an organisationsnummer: ten digits, e.g. 556677-8899") String organisationNumber) {
    }

    /** A contact person. */
    public record Contact(
            @Schema(example = "Karl Kronofogde")
            @NotBlank @Size(max = 200) @HasLetterOrDigit String name,
            @Schema(example = "0771-73 73 00")
            @Size(max = 40) String phone,
            @Schema(example = "karl.kronofogde@kronofogden.example")
            @Email @Size(max = 200) String email) {
    }
}
