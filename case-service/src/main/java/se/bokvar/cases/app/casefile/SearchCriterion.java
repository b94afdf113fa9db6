package se.bokvar.cases.app.casefile;

/** What a caseworker searches cases by (one at a time, always with a stated purpose). */
public sealed interface SearchCriterion {

    /** A person in the household (personnummer or samordningsnummer, any notation). */
    record Person(String personalIdentityNumber) implements SearchCriterion {
    }

    /** The household's building: street with number, and postal code (matched as the building key is). */
    record Address(String street, String postalCode) implements SearchCriterion {
    }

    /** A Kronofogden eviction case on the case (målnummer). */
    record KfmCase(String kfmCaseNumber) implements SearchCriterion {
    }

    /** A notice's reference at its landlord. */
    record LandlordReference(String reference) implements SearchCriterion {
    }
}
