package se.bokvar.contracts.v1;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Kronofogden's notice of an eviction (underrättelse om avhysning), as accepted by kronofogden-adapter. Normally
 * about one week remains; social services must acknowledge it the same day, naming the responsible caseworker.
 *
 * @param noticeId        the adapter's id for this notice
 * @param kfmCaseNumber   Kronofogden's case number (målnummer): makes delivery idempotent
 * @param receivedAt      when the adapter received it: the acknowledgement is due the same calendar day (Stockholm)
 * @param evictionAt      date and time of the eviction (förrättning)
 * @param applicant       the applicant (usually the landlord)
 * @param kfmContact      the officer at Kronofogden
 * @param address         the dwelling (flat number often missing)
 */
public record EvictionNoticeReceivedV1(
        UUID noticeId,
        String kfmCaseNumber,
        Instant receivedAt,
        OffsetDateTime evictionAt,
        List<PersonV1> tenants,
        AddressV1 address,
        LandlordPartyV1 applicant,
        ContactV1 kfmContact,
        ChildrenKnownV1 childrenKnown,
        KeysV1 keys) {
}
