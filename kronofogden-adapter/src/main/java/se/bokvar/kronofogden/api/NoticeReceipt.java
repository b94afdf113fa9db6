package se.bokvar.kronofogden.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The receipt (kvittens) for an eviction notice: when social services received it, and the day the acknowledgement
 * naming the responsible caseworker is due.
 */
@Schema(name = "EvictionNoticeReceipt", description = "Proof of when social services received the notice.")
public record NoticeReceipt(UUID noticeId, String kfmCaseNumber, OffsetDateTime receivedAt, LocalDate acknowledgementDueOn,
        String status, URI statusUrl) {
}
