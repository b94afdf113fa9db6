package se.bokvar.cases.app.casework;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registered notice from another source.
 *
 * @param caseId the case it is on, when the caller may see it (else null: another board handles it)
 * @param board  the board handling it; null when unrouted
 */
@Schema(name = "RegisteredNotice")
public record RegisteredNotice(UUID noticeId, UUID caseId, String board) {
}
