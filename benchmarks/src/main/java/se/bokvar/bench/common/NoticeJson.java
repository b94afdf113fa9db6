package se.bokvar.bench.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The JSON bodies of the notices the benchmarks send: complete, valid notices in the shape of the intake's and the
 * Kronofogden adapter's APIs. The caller chooses the values (references, personnummer, addresses); the shape is here.
 */
public final class NoticeJson {

    /** The address of the tenancy; {@code postalCode} as the API takes it ("41512" or "415 12"). */
    public record Address(String street, String postalCode, String flatNumber) {
    }

    /** The landlord's contact person. */
    public record Contact(String name, String email) {
    }

    private NoticeJson() {
    }

    /** A termination for unpaid rent ({@code POST /api/v1/notices/termination-unpaid-rent}) of one tenant, "Testperson N". */
    public static String termination(String landlordReference, String personnummer, int tenant, Address address, int rooms,
            int areaSquareMetres, int monthlyRent, int monthsInArrears, LocalDate servedOn, Contact contact) {
        return """
                {"tenure":"RENTAL","landlordReference":"%s",\
                "tenants":[{"personalIdentityNumber":"%s","name":"Testperson %d"}],\
                "address":{"street":"%s","postalCode":"%s","city":"Göteborg","flatNumber":"%s"},\
                "rooms":%d,"areaSquareMetres":%d,"leaseType":"förstahandskontrakt","monthlyRent":%d,"debtAmount":%d,\
                "monthsInArrears":%d,"servedOn":"%s","childrenKnown":"UNKNOWN",\
                "contactPerson":{"name":"%s","phone":"031-123 45 67","email":"%s"}}"""
                .formatted(landlordReference, personnummer, tenant, address.street(), address.postalCode(),
                        address.flatNumber(), rooms, areaSquareMetres, monthlyRent, monthlyRent * monthsInArrears,
                        monthsInArrears, servedOn, contact.name(), contact.email());
    }

    /**
     * Kronofogden's eviction notice ({@code POST /api/v1/evictions} on the adapter) of one tenant, "Testperson KN",
     * applied for by Hemma Bostäder.
     */
    public static String eviction(String kfmCaseNumber, String personnummer, int tenant, Address address,
            OffsetDateTime evictionAt) {
        return """
                {"kfmCaseNumber":"%s",\
                "tenants":[{"personalIdentityNumber":"%s","name":"Testperson K%d"}],\
                "address":{"street":"%s","postalCode":"%s","city":"Göteborg","flatNumber":"%s"},\
                "applicant":{"name":"Hemma Bostäder AB","organisationNumber":"556677-8899"},\
                "evictionAt":"%s",\
                "kfmContact":{"name":"Karl Kronofogde","phone":"0771-73 73 00","email":"karl.kronofogde@kronofogden.example"},\
                "childrenKnown":"UNKNOWN"}"""
                .formatted(kfmCaseNumber, personnummer, tenant, address.street(), address.postalCode(), address.flatNumber(),
                        evictionAt);
    }
}
