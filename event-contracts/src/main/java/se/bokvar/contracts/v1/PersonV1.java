package se.bokvar.contracts.v1;

/**
 * A person named in a notice (a tenant, a co-tenant).
 *
 * @param personalIdentityNumber personnummer or samordningsnummer, validated, canonical 12 digits without separator
 * @param coordinationNumber     true for a samordningsnummer (day of birth + 60)
 * @param name                   the name as the sender wrote it
 */
public record PersonV1(String personalIdentityNumber, boolean coordinationNumber, String name) {
}
