package se.bokvar.intake.app;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.rules.deadline.RecoveryPeriod;

/**
 * The receipt (kvittens), stored with the notice and replayed as it was given: proof of when social services received the notice.
 *
 * @param noticeId       the notice's id
 * @param kind           what kind of notice
 * @param receivedAt     when social services received it (Europe/Stockholm); starts the recovery period if the
 *                       tenant had been served before
 * @param recoveryPeriod the recovery period, when the served date is known (terminations only)
 * @param status         delivery status
 * @param statusUrl      where to read the delivery status
 */
@Schema(name = "Receipt", description = "Kvittens: proof of when social services received the notice.")
public record Receipt(
        @Schema(example = "4f1c2b7e-8d5a-4c1e-9b0a-2f6d3e7c9a10") UUID noticeId,
        @Schema(example = "TERMINATION_UNPAID_RENT") String kind,
        @Schema(description = "When social services received it (has legal weight: it starts the recovery period if the tenant was already served)", example = "2026-11-22T10:15:30.123+01:00") OffsetDateTime receivedAt,
        @Schema(description = "Only for terminations whose served date is known") RecoveryPeriodView recoveryPeriod,
        @Schema(description = "RECEIVED, HANDED_TO_CASE_MANAGEMENT or WITHDRAWN", example = "RECEIVED") String status,
        @Schema(example = "/api/v1/notices/4f1c2b7e-8d5a-4c1e-9b0a-2f6d3e7c9a10") URI statusUrl) {

    /**
     * The återvinningsfrist: the tenant keeps the flat if the debt is paid (or social services commit in writing
     * to pay) by {@code lastDay}.
     */
    @Schema(name = "RecoveryPeriod", description = "Återvinningsfrist: counted from the later of the served date and the receipt; the last day is moved past weekends, holidays, midsommar-, jul- and nyårsafton (lag 1930:173).")
    public record RecoveryPeriodView(
            @Schema(example = "2026-11-22") LocalDate countedFrom,
            @Schema(example = "2026-12-14") LocalDate lastDay,
            @Schema(example = "Jordabalken 12 kap. 44 §") String legalBasis) {

        static RecoveryPeriodView of(RecoveryPeriod p) {
            return new RecoveryPeriodView(p.start(), p.lastDay(), p.legalBasis());
        }
    }

    /** Where the landlord reads the notice's delivery status. */
    public static URI statusUrl(UUID noticeId) {
        return URI.create("/api/v1/notices/" + noticeId);
    }
}
