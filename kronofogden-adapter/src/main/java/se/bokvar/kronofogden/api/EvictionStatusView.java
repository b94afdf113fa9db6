package se.bokvar.kronofogden.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What Kronofogden may read about its own notice: its receipt, the latest acknowledgement, the updates. */
@Schema(name = "EvictionStatus")
public record EvictionStatusView(String kfmCaseNumber, UUID noticeId, OffsetDateTime receivedAt, OffsetDateTime evictionAt,
        String status, LocalDate acknowledgementDueOn, AcknowledgementView acknowledgement, List<UpdateReceipt> updates) {

    /** The latest acknowledgement: null until social services named the responsible caseworker. */
    @Schema(name = "AcknowledgementStatus")
    public record AcknowledgementView(int sequence, String status, CaseworkerView responsibleCaseworker, String basis,
            int attempts, OffsetDateTime confirmedAt) {
    }

    /** The responsible caseworker as named to Kronofogden. */
    @Schema(name = "ResponsibleCaseworker")
    public record CaseworkerView(String name, String phone, String email, String unit) {
    }
}
