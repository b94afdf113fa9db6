package se.bokvar.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.cases.app.casefile.SearchCriterion;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.validation.ValidPersonalIdentityNumber;
import se.bokvar.rules.routing.PostalCode;

/**
 * Search with a stated purpose, by exactly one of: personnummer, address (street with number, and postal code),
 * Kronofogden case number, or the landlord's reference. The purpose is recorded in the audit trail (a person by
 * their key and an address by its building key, never in clear).
 */
@Schema(name = "CaseSearch")
public record SearchRequest(
        @Schema(example = "19850315-2384", maxLength = 13) @Size(max = 13) @ValidPersonalIdentityNumber String personalIdentityNumber,
        @Schema(description = "Street and number, with postalCode", example = "Exempelgatan 12", maxLength = 200)
        @Size(max = 200) String street,
        @Schema(description = "With street", example = "415 02", maxLength = 6)
        @Size(max = 6) String postalCode,
        @Schema(description = "Kronofogden's case number (målnummer)", example = "12-345678-26", maxLength = 40)
        @Size(max = 40) String kfmCaseNumber,
        @Schema(description = "The landlord's own reference of a notice", example = "HB-2026-0042", maxLength = 100)
        @Size(max = 100) String landlordReference,
        @Schema(description = "Why you search: recorded in the audit trail", example = "The tenant called about a letter from the landlord", minLength = 10, maxLength = 500)
        @NotBlank @Size(min = 10, max = 500) String purpose) {

    static final String EXACTLY_ONE = "give exactly one of: personalIdentityNumber, street with postalCode, kfmCaseNumber,"
            + " landlordReference";

    /** The one criterion given; a 400 naming the fields when none, several, or half an address is given. */
    public SearchCriterion criterion() {
        boolean street = present(this.street);
        boolean postal = present(postalCode);
        if (street != postal) {
            throw ProblemException.validation(street ? "postalCode" : "street", "is required with "
                    + (street ? "street" : "postalCode") + ": an address is searched by both");
        }
        int given = (present(personalIdentityNumber) ? 1 : 0) + (street ? 1 : 0) + (present(kfmCaseNumber) ? 1 : 0)
                + (present(landlordReference) ? 1 : 0);
        if (given != 1) {
            throw ProblemException.validation("personalIdentityNumber", EXACTLY_ONE);
        }
        if (present(personalIdentityNumber)) {
            return new SearchCriterion.Person(personalIdentityNumber);
        }
        if (street) {
            if (!PostalCode.isValid(postalCode.strip())) {
                throw ProblemException.validation("postalCode", "must be a Swedish postal code, e.g. 415 02");
            }
            return new SearchCriterion.Address(this.street.strip(), postalCode.strip());
        }
        return present(kfmCaseNumber) ? new SearchCriterion.KfmCase(kfmCaseNumber.strip())
                : new SearchCriterion.LandlordReference(landlordReference.strip());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
