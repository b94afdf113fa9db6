package se.bokvar.intake.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.intake.app.Receipt;

/** What a landlord may read about its own notice: delivery and history, never what social services do. */
@Schema(name = "NoticeStatus")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoticeStatusView(UUID noticeId, String kind, String landlordReference, OffsetDateTime receivedAt,
        LocalDate servedOn,
        @Schema(description = "The last day of the recovery period as it stands now (terminations with a served date)") LocalDate recoveryPeriodLastDay,
        Receipt.RecoveryPeriodView recoveryPeriod,
        @Schema(description = "RECEIVED, HANDED_TO_CASE_MANAGEMENT or WITHDRAWN") String status,
        OffsetDateTime handedToCaseManagementAt,
        OffsetDateTime withdrawnAt,
        @Schema(description = "The receipt and every amendment, oldest first (absent in listings)") List<HistoryEntry> history) {

    /** One entry of a notice's history. */
    @Schema(name = "NoticeHistoryEntry")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(UUID receiptId,
            @Schema(description = "RECEIVED, CORRECTION, SERVED_DATE_UPDATE or WITHDRAWAL") String action,
            OffsetDateTime receivedAt, String reason, String comment, LocalDate servedOn,
            LocalDate recoveryPeriodLastDay) {
    }
}
