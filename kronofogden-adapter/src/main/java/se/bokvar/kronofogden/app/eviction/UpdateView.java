package se.bokvar.kronofogden.app.eviction;

import java.time.OffsetDateTime;

/** An update as received: its kind, the new date (if any), and the state of the case after it. */
public record UpdateView(String updateId, String kfmCaseNumber, UpdateKind kind, OffsetDateTime evictionAt,
        OffsetDateTime receivedAt, String status) {
}
