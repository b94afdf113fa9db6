package se.bokvar.kronofogden.simulator;

import java.time.OffsetDateTime;

/** An update to send to the adapter; updateId is generated when absent. */
public record SendUpdateRequest(String kfmCaseNumber, String updateId, String kind, OffsetDateTime evictionAt, String comment) {
}
