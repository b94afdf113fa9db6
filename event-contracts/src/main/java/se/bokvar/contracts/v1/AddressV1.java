package se.bokvar.contracts.v1;

/**
 * The address of the dwelling a notice is about.
 *
 * @param street      street and number as the sender wrote it
 * @param postalCode  five digits, no space
 * @param city        postort
 * @param flatNumber  lägenhetsnummer (the four-digit national flat number or the landlord's own); null when
 *                    unknown, as on many Kronofogden notices
 */
public record AddressV1(String street, String postalCode, String city, String flatNumber) {
}
