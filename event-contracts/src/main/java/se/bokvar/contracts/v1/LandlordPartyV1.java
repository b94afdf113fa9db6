package se.bokvar.contracts.v1;

/**
 * The applicant in a Kronofogden case: usually the landlord.
 *
 * @param name               the applicant's name
 * @param organisationNumber organisationsnummer, if a company
 * @param landlordId         the platform's landlord id, when the applicant is a known landlord client; else null
 */
public record LandlordPartyV1(String name, String organisationNumber, String landlordId) {
}
