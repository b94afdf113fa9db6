package se.bokvar.cases.app.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An acknowledgement to Kronofogden that was not confirmed on its day. */
@Schema(name = "OverdueAcknowledgement")
public record OverdueAcknowledgement(UUID caseId, String board, String kfmCaseNumber, LocalDate dueOn,
        OffsetDateTime receivedAt, String responsibleCaseworker, Integer attempts) {
}
