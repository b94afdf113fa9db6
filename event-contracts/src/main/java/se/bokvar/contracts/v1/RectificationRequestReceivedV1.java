package se.bokvar.contracts.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A landlord's notice that it has requested the tenant to rectify a disturbance or a lack of care (anmodan om
 * rättelse, JB 12 kap. 25 §, 42 §; since 2024 also "bristande skötsamhet"). It must reach social services
 * before the landlord may terminate.
 *
 * @param kind           DISTURBANCE (störningar), LACK_OF_CARE (bristande skötsamhet / vanvård), OTHER
 * @param description    what happened, as the landlord describes it (free text, may hold personal data)
 * @param incidentDates  the dates of the incidents the request refers to
 * @param requestServedOn the day the request to rectify was served on the tenant, if known
 */
public record RectificationRequestReceivedV1(
        UUID noticeId,
        String landlordId,
        String landlordReference,
        Instant receivedAt,
        TenureV1 tenure,
        List<PersonV1> tenants,
        AddressV1 address,
        String kind,
        String description,
        List<LocalDate> incidentDates,
        LocalDate requestServedOn,
        ChildrenKnownV1 childrenKnown,
        ContactV1 contactPerson,
        KeysV1 keys) {
}
