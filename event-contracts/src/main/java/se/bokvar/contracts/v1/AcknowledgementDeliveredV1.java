package se.bokvar.contracts.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * Kronofogden confirmed an acknowledgement (or it is overdue).
 *
 * @param status    CONFIRMED or OVERDUE (not confirmed on the due day; supervisors are alerted)
 * @param attempts  delivery attempts so far
 */
public record AcknowledgementDeliveredV1(UUID caseId, String kfmCaseNumber, int sequence, String status,
        Instant at, int attempts, String caseworkerUserId) {
}
