package se.bokvar.kronofogden.simulator;

import java.time.OffsetDateTime;
import java.util.List;

/** What to fix in a generated notice; every field is optional (null: generated). */
public record SendNoticeRequest(String kfmCaseNumber, String street, String postalCode, String city, String flatNumber,
        OffsetDateTime evictionAt, List<Tenant> tenants, String childrenKnown, String applicantName) {

    static final SendNoticeRequest NONE = new SendNoticeRequest(null, null, null, null, null, null, null, null, null);

    /** A tenant; null fields are generated. */
    public record Tenant(String personalIdentityNumber, String name) {
    }
}
