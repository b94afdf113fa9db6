package se.bokvar.kronofogden.app.postponement;

import java.time.OffsetDateTime;

/**
 * Kronofogden's answer to a postponement request.
 *
 * @param newEvictionAt GRANTED: the new date and time of the eviction, if set; REFUSED: must be null
 */
public record PostponementAnswerCommand(PostponementDecision decision, OffsetDateTime newEvictionAt, String comment,
        OffsetDateTime decidedAt) {
}
