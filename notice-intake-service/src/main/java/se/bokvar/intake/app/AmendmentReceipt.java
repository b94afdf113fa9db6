package se.bokvar.intake.app;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The receipt for a correction, a served-date update or a withdrawal: its own id and time of receipt.
 *
 * @param receiptId      the id of this amendment (correction, update or withdrawal)
 * @param noticeId       the notice it amends
 * @param action         CORRECTION, SERVED_DATE_UPDATE or WITHDRAWAL
 * @param receivedAt     when social services received it
 * @param recoveryPeriod the recovery period as it stands after this amendment (terminations with a served date)
 * @param status         the notice's delivery status after it
 * @param statusUrl      the notice's status
 */
@Schema(name = "AmendmentReceipt", description = "Kvittens for a correction, a served-date update or a withdrawal.")
public record AmendmentReceipt(UUID receiptId, UUID noticeId,
        @Schema(example = "CORRECTION") String action,
        OffsetDateTime receivedAt,
        Receipt.RecoveryPeriodView recoveryPeriod,
        @Schema(example = "RECEIVED") String status,
        URI statusUrl) {
}
