package se.bokvar.consent.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the audit trail, oldest first. */
@Schema(name = "AuditPage")
public record AuditPage(
        List<AuditRecordView> records,
        @Schema(description = "Pass as 'after' for the next page; null on the last page") Long next) {
}
