package se.bokvar.contracts.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A correction of an earlier notice (a wrong amount, a wrong tenant...). History is kept: the original stays,
 * this event carries the complete corrected notice. A corrected termination starts the recovery period again
 * from the correction's receipt (NJA 1985 s. 586); the caseworker's act-by date never moves later (case-service
 * keeps the earliest).
 *
 * @param correctionId     the id of the correction (its own receipt)
 * @param correctedNoticeId the notice being corrected
 * @param receivedAt       when social services received the correction
 * @param reason           why, as the landlord says
 * @param correctedKind    the notice kind: TERMINATION_UNPAID_RENT, RECTIFICATION_REQUEST or EARLY_WARNING
 * @param termination      the corrected notice when the kind is TERMINATION_UNPAID_RENT (its noticeId is the corrected notice's)
 * @param rectification    likewise for RECTIFICATION_REQUEST
 * @param earlyWarning     likewise for EARLY_WARNING
 */
public record NoticeCorrectedV1(
        UUID correctionId,
        UUID correctedNoticeId,
        String landlordId,
        Instant receivedAt,
        String reason,
        String correctedKind,
        TerminationNoticeReceivedV1 termination,
        RectificationRequestReceivedV1 rectification,
        EarlyWarningReceivedV1 earlyWarning,
        KeysV1 keys) {
}
