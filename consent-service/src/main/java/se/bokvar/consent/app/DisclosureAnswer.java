package se.bokvar.consent.app;

import java.time.OffsetDateTime;
import java.util.UUID;

import se.bokvar.rules.consent.Decision;
import se.bokvar.rules.consent.LegalGround;

/**
 * The answer to a {@link DisclosureQuestion}: the rules' decision and when it was made.
 *
 * @param consentId      the record the decision rests on (ALLOW) or consulted (DENY); null if none
 * @param consentVersion its latest version, or null
 * @param legalGround    null if no record
 */
public record DisclosureAnswer(Decision.Outcome outcome, Decision.ReasonCode reasonCode, String reason, UUID consentId,
        Integer consentVersion, LegalGround legalGround, OffsetDateTime decidedAt) {
}
