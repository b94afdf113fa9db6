package se.bokvar.consent.app;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters of one read of the audit trail; null means "any".
 *
 * @param after the last id of the previous page
 * @param limit records per page
 */
public record AuditQuery(OffsetDateTime from, OffsetDateTime to, String actor, String action, String resourceId,
        Long after, int limit) {

    /** The query in words, for the audit record of the read itself. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (from != null) {
            parts.add("from " + from);
        }
        if (to != null) {
            parts.add("to " + to);
        }
        if (actor != null) {
            parts.add("actor " + actor);
        }
        if (action != null) {
            parts.add("action " + action);
        }
        if (resourceId != null) {
            parts.add("resource " + resourceId);
        }
        if (after != null) {
            parts.add("after " + after);
        }
        parts.add("limit " + limit);
        return String.join(", ", parts);
    }
}
