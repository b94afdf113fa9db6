package se.bokvar.contracts.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * The landlord withdraws a notice.
 *
 * @param reason DEBT_PAID, TERMINATION_WITHDRAWN, SENT_IN_ERROR, OTHER
 */
public record NoticeWithdrawnV1(UUID withdrawalId, UUID noticeId, String landlordId, Instant receivedAt,
        String reason, String comment, KeysV1 keys) {
}
