package se.bokvar.kronofogden.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The receipt for an update. */
@Schema(name = "EvictionUpdateReceipt")
public record UpdateReceipt(String updateId, String kfmCaseNumber, String kind, OffsetDateTime evictionAt,
        OffsetDateTime receivedAt, String status) {
}
