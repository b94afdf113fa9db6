package se.bokvar.kronofogden.api;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.kronofogden.app.postponement.PostponementDecision;

/** Kronofogden's decision on a postponement request. Contract: docs/kronofogden/schemas/postponement-answer.schema.json. */
@Schema(name = "PostponementAnswer")
public record PostponementAnswerRequest(
        @Schema(description = "GRANTED or REFUSED")
        @NotNull PostponementDecision outcome,
        @Schema(description = "GRANTED: the new date and time of the eviction, if set; REFUSED: none", example = "2027-01-14T09:00:00+01:00")
        OffsetDateTime newEvictionAt,
        @Size(max = 2000) String comment,
        @Schema(description = "When Kronofogden decided")
        @NotNull OffsetDateTime decidedAt) {
}
