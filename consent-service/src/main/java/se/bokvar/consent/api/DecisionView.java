package se.bokvar.consent.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.consent.app.DisclosureAnswer;

/** The answer: allow or deny, why, and the record it rests on. */
@Schema(name = "Decision")
public record DecisionView(
        @Schema(description = "ALLOW or DENY", example = "ALLOW") String decision,
        @Schema(description = "COVERED (ALLOW); NO_CONSENT, WITHDRAWN, EXPIRED, NOT_COVERED_PARTY, NOT_COVERED_PURPOSE,"
                + " NOT_COVERED_CATEGORY (DENY)", example = "COVERED") String reasonCode,
        @Schema(example = "Written consent of 2026-11-20 covers LANDLORD hemma-bostader for PAYMENT_COMMITMENT / PAYMENT_COMMITMENT")
        String reason,
        @Schema(description = "The record the decision rests on (ALLOW) or consulted (DENY); null if none") UUID consentId,
        @Schema(description = "Its latest version", example = "3") Integer consentVersion,
        @Schema(description = "CONSENT or OSL_26_9C; null if no record", example = "CONSENT") String legalGround,
        OffsetDateTime decidedAt) {

    static DecisionView from(DisclosureAnswer a) {
        return new DecisionView(a.outcome().name(), a.reasonCode().name(), a.reason(), a.consentId(), a.consentVersion(),
                a.legalGround() == null ? null : a.legalGround().name(), a.decidedAt());
    }
}
