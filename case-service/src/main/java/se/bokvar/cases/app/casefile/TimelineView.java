package se.bokvar.cases.app.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case's history, oldest first: notices and their corrections, positions, steps, assignments, deadline alerts,
 * namings to Kronofogden, acknowledgements, letters, postponements, status changes — and the deadlines as they stand.
 */
@Schema(name = "Timeline")
public record TimelineView(UUID caseId, String status, List<Entry> entries, List<CaseView.Deadline> deadlines) {

    /**
     * @param kind    e.g. NOTICE_REGISTERED, NOTICE_CORRECTED, POSITION_RECORDED, STEP_RECORDED, DEADLINE_NEAR,
     *                DEADLINE_BREACHED, RESPONSIBLE_NAMED, ACKNOWLEDGEMENT_CONFIRMED, TENANT_LETTER_DISPATCHED,
     *                POSTPONEMENT_REQUESTED, STATUS_CHANGED
     * @param ref     what it refers to: a notice, step, letter or request id, or a KFM case number
     */
    public record Entry(OffsetDateTime at, String kind, String summary, String actor, String ref, Map<String, Object> details) {
    }
}
