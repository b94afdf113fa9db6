package se.bokvar.intake.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import se.bokvar.rules.deadline.TenureKind;
import se.bokvar.rules.notice.NoticeKind;

/**
 * A notice as first stored ({@link NewNotices#insertAll}): the columns of {@link Notice} a new notice sets; the
 * others start empty (handed over, withdrawn), at version 0, with its reference unique.
 *
 * @param receivedAt    when social services received it; the recovery period counts from it until a correction
 * @param partitionKey  the Kafka key of every event about the notice (the building key at receipt)
 * @param requestHash   the fingerprint of the request (reference-based idempotency)
 * @param receipt       the receipt given (JSON)
 * @param payload       the accepted notice as announced (event data, JSON)
 */
public record NewNoticeRow(UUID id, String landlordId, NoticeKind kind, String landlordReference,
        OffsetDateTime receivedAt, TenureKind tenure, LocalDate servedOn, LocalDate recoveryPeriodLastDay,
        NoticeStatus status, String buildingKey, String tenancyKey, String partitionKey, String requestHash,
        String receipt, String payload) {
}
