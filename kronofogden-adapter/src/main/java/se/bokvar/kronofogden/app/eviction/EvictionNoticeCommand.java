package se.bokvar.kronofogden.app.eviction;

import java.time.OffsetDateTime;
import java.util.List;

import se.bokvar.contracts.v1.ChildrenKnownV1;

/**
 * Kronofogden's notice of an eviction as received (validated for form, not yet normalised).
 *
 * @param childrenKnown null when Kronofogden did not say (counts as UNKNOWN)
 */
public record EvictionNoticeCommand(String kfmCaseNumber, List<Tenant> tenants, Address address, Applicant applicant,
        OffsetDateTime evictionAt, Contact kfmContact, ChildrenKnownV1 childrenKnown) {

    /** A tenant: personnummer or samordningsnummer in any accepted form, name. */
    public record Tenant(String personalIdentityNumber, String name) {
    }

    /** The dwelling; flat number may be null or blank. */
    public record Address(String street, String postalCode, String city, String flatNumber) {
    }

    /** The applicant; organisation number may be null. */
    public record Applicant(String name, String organisationNumber) {
    }

    /** Kronofogden's officer; phone and email may be null or blank. */
    public record Contact(String name, String phone, String email) {
    }
}
