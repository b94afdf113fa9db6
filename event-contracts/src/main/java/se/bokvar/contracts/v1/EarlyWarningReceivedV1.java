package se.bokvar.contracts.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An early warning before any formal notice: late payments, complaints, concern for children. The handbook says
 * social services must "beakta och ta ställning till" these too.
 *
 * @param reasons     LATE_PAYMENTS, COMPLAINTS, CONCERN_FOR_CHILDREN, OTHER (one or more)
 * @param description free text
 * @param debtAmount  the overdue amount so far, if any, SEK
 */
public record EarlyWarningReceivedV1(
        UUID noticeId,
        String landlordId,
        String landlordReference,
        Instant receivedAt,
        TenureV1 tenure,
        List<PersonV1> tenants,
        AddressV1 address,
        List<String> reasons,
        String description,
        BigDecimal debtAmount,
        ChildrenKnownV1 childrenKnown,
        ContactV1 contactPerson,
        KeysV1 keys) {
}
