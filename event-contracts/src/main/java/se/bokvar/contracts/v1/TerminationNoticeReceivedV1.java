package se.bokvar.contracts.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A landlord's notice of termination for unpaid rent (uppsägning pga. obetald hyra, JB 12:44 / BRL 7:23,
 * "formulär 3"), as accepted by notice-intake-service.
 *
 * @param noticeId          the notice's id (also the receipt's id)
 * @param landlordId        the sending landlord (the {@code landlord_id} claim of its client)
 * @param landlordReference the landlord's own reference for the notice
 * @param receivedAt        when social services received it: starts the recovery period if the tenant was served before
 * @param tenure            rental or tenant-owned, decides the statute
 * @param tenants           one or more tenants (co-tenants)
 * @param address           the dwelling
 * @param rooms             number of rooms, if known
 * @param areaSquareMetres  size, if known
 * @param leaseType         free text from the landlord's system, e.g. "förstahandskontrakt"
 * @param monthlyRent       rent per month, SEK
 * @param debtAmount        the rent debt, SEK
 * @param monthsInArrears   months the rent is overdue
 * @param servedOn          the day the termination was served on the tenant (delgivning), if known yet
 * @param childrenKnown     whether the landlord knows of children in the household
 * @param contactPerson     the landlord's contact for this notice
 * @param keys              building and tenancy keys
 */
public record TerminationNoticeReceivedV1(
        UUID noticeId,
        String landlordId,
        String landlordReference,
        Instant receivedAt,
        TenureV1 tenure,
        List<PersonV1> tenants,
        AddressV1 address,
        Integer rooms,
        BigDecimal areaSquareMetres,
        String leaseType,
        BigDecimal monthlyRent,
        BigDecimal debtAmount,
        Integer monthsInArrears,
        LocalDate servedOn,
        ChildrenKnownV1 childrenKnown,
        ContactV1 contactPerson,
        KeysV1 keys) {
}
