package se.bokvar.contracts.v1;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Kronofogden's answer to a postponement request.
 *
 * @param outcome  SENT (delivered to Kronofogden), GRANTED, REFUSED
 */
public record PostponementAnsweredV1(UUID requestId, UUID caseId, String kfmCaseNumber, String outcome,
        OffsetDateTime newEvictionAt, String comment, Instant at) {
}
