package se.bokvar.kronofogden.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a postponement request, as recorded. */
@Schema(name = "PostponementAnswerReceipt")
public record AnswerReceipt(UUID requestId, String kfmCaseNumber, String outcome, OffsetDateTime recordedAt) {
}
