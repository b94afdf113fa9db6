package se.bokvar.contracts.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * case-service names the caseworker responsible for a Kronofogden eviction notice; kronofogden-adapter delivers
 * the acknowledgement to Kronofogden (and the copy to the tenant). Announced again after a reassignment.
 *
 * @param caseId          the case
 * @param kfmCaseNumber   Kronofogden's case number the acknowledgement answers
 * @param noticeId        the eviction notice
 * @param noticeReceivedAt when the notice arrived (the acknowledgement is due that Stockholm calendar day)
 * @param dueOn           the calendar day the acknowledgement is due
 * @param caseworker      the responsible caseworker
 * @param basis           ASSIGNED (the case's caseworker), DUTY (the board's duty caseworker at the cut-off),
 *                        CENTRAL_DUTY (unrouted case), REASSIGNED (a later change)
 * @param sequence        1 for the first naming, then 2, 3... per case and KFM case number
 * @param evictionAt      the eviction date and time, for the tenant's letter
 */
public record ResponsibleCaseworkerNamedV1(
        UUID caseId,
        String kfmCaseNumber,
        UUID noticeId,
        Instant noticeReceivedAt,
        LocalDate dueOn,
        CaseworkerV1 caseworker,
        String basis,
        int sequence,
        OffsetDateTime evictionAt,
        List<PersonV1> tenants,
        AddressV1 address) {
}
