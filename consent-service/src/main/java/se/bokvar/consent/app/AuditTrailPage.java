package se.bokvar.consent.app;

import java.util.List;

/**
 * A page of the audit trail, oldest first.
 *
 * @param next the {@code after} of the next page; null on the last page
 */
public record AuditTrailPage(List<AuditEntry> entries, Long next) {
}
