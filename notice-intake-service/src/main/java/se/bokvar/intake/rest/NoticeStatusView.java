package se.bokvar.intake.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a landlord may read about its own notice: delivery, never what social services do. */
@Schema(name = "NoticeStatus")
public record NoticeStatusView(UUID noticeId, String kind, String landlordReference, OffsetDateTime receivedAt,
        LocalDate servedOn, LocalDate recoveryPeriodLastDay, String status) {
}
