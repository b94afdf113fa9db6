package se.bokvar.intake.app;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import se.bokvar.rules.notice.NoticeKind;

/**
 * What a landlord may read about its own notice: delivery and history, never what social services do. Times are in
 * Europe/Stockholm.
 *
 * @param status  RECEIVED, HANDED_TO_CASE_MANAGEMENT or WITHDRAWN
 * @param history the receipt and every amendment, oldest first; null in listings
 */
public record NoticeView(UUID noticeId, NoticeKind kind, String landlordReference, OffsetDateTime receivedAt,
        LocalDate servedOn, LocalDate recoveryPeriodLastDay, Receipt.RecoveryPeriodView recoveryPeriod, String status,
        OffsetDateTime handedToCaseManagementAt, OffsetDateTime withdrawnAt, List<HistoryEntry> history) {

    /**
     * One entry of the history.
     *
     * @param action RECEIVED, CORRECTION, SERVED_DATE_UPDATE or WITHDRAWAL
     */
    public record HistoryEntry(UUID receiptId, String action, OffsetDateTime receivedAt, String reason, String comment,
            LocalDate servedOn, LocalDate recoveryPeriodLastDay) {
    }
}
