package se.bokvar.consent.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.consent.app.AuditTrailPage;

/** A page of the audit trail, oldest first. */
@Schema(name = "AuditPage")
public record AuditPage(
        List<AuditRecordView> records,
        @Schema(description = "Pass as 'after' for the next page; null on the last page") Long next) {

    static AuditPage from(AuditTrailPage page) {
        return new AuditPage(page.entries().stream().map(AuditRecordView::from).toList(), page.next());
    }
}
