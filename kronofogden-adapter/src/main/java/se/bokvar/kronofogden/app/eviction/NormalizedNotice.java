package se.bokvar.kronofogden.app.eviction;

import java.time.Instant;
import java.util.List;

import se.bokvar.contracts.v1.ChildrenKnownV1;

/**
 * An eviction notice in canonical form: personnummer as 12 digits, postal code as five digits, text stripped,
 * the eviction time as an instant. Two deliveries of the same notice normalise to the same value (whatever
 * separators or offsets the sender used); Kronofogden's {@code sentAt} is left out because a redelivery has a new one.
 */
public record NormalizedNotice(String kfmCaseNumber, List<Tenant> tenants, Address address, Applicant applicant,
        Instant evictionAt, Contact kfmContact, ChildrenKnownV1 childrenKnown) {

    /** A tenant: canonical personnummer, whether it is a samordningsnummer, name. */
    public record Tenant(String personalIdentityNumber, boolean coordinationNumber, String name) {
    }

    /** The dwelling; flat number null when unknown. */
    public record Address(String street, String postalCode, String city, String flatNumber) {
    }

    /** The applicant; organisation number as ten digits, or null. */
    public record Applicant(String name, String organisationNumber) {
    }

    /** Kronofogden's officer. */
    public record Contact(String name, String phone, String email) {
    }
}
