package se.bokvar.contracts.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who may work with a case changed: it was opened, routed or reassigned to a board, children became affected,
 * or it was closed. Services that guard data per case (consent-service) keep a projection of this; they never
 * ask case-service synchronously.
 *
 * @param board            the case's board, null while unrouted
 * @param childrenAffected whether the children-and-youth unit of the board takes part
 * @param status           the case's status (CLOSED cases stay readable for their board)
 * @param personKeys       keyed hashes of the household members' personnummer
 * @param sequence         increases with every change of the case, so a consumer can ignore stale ones
 */
public record CaseAccessChangedV1(UUID caseId, String board, boolean childrenAffected, String status,
        List<String> personKeys, long sequence, Instant at) {
}
