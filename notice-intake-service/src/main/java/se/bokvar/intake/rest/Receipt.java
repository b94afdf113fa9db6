package se.bokvar.intake.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The receipt (kvittens): proof of when social services received the notice.
 *
 * @param noticeId       the notice's id
 * @param kind           what kind of notice
 * @param receivedAt     when social services received it (Europe/Stockholm); starts the recovery period if the
 *                       tenant had been served before
 * @param recoveryPeriod the recovery period, when the served date is known
 * @param status         delivery status
 * @param statusUrl      where to read the delivery status
 */
@Schema(name = "Receipt", description = "Kvittens: proof of when social services received the notice.")
public record Receipt(UUID noticeId, String kind, OffsetDateTime receivedAt, RecoveryPeriodView recoveryPeriod,
        String status, URI statusUrl) {

    /**
     * The återvinningsfrist: the tenant keeps the flat if the debt is paid (or social services commit in writing
     * to pay) by {@code lastDay}.
     */
    @Schema(name = "RecoveryPeriod")
    public record RecoveryPeriodView(LocalDate countedFrom, LocalDate lastDay, String legalBasis) {
    }
}
