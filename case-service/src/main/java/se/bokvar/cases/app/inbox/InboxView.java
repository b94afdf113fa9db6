package se.bokvar.cases.app.inbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.cases.app.CaseSummary;

/**
 * A unit's inbox: open cases by the most urgent open deadline, and the notices still without a position.
 *
 * @param items            the page of cases
 * @param awaitingPosition notices that still need a recorded position (oldest cases first; adult unit only)
 */
@Schema(name = "Inbox")
public record InboxView(String board, String unit, int limit, int offset, List<CaseSummary> items,
        List<AwaitingPosition> awaitingPosition) {

    public record AwaitingPosition(UUID noticeId, UUID caseId, String kind, String source, OffsetDateTime receivedAt) {
    }
}
