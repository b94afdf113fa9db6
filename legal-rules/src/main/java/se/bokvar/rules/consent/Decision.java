package se.bokvar.rules.consent;

import java.util.Objects;
import java.util.UUID;

/**
 * The answer to "may I disclose this?".
 *
 * @param outcome        ALLOW or DENY
 * @param reasonCode     why, as a stable code
 * @param reason         why, as one English sentence (no personal data)
 * @param consentId      the record the decision rests on (ALLOW) or that was consulted (DENY), null if none
 * @param consentVersion that record's latest version, null if none
 * @param legalGround    that record's ground, null if none
 */
public record Decision(Outcome outcome, ReasonCode reasonCode, String reason, UUID consentId, Integer consentVersion,
        LegalGround legalGround) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(reasonCode, "reasonCode must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        if ((outcome == Outcome.ALLOW) != (reasonCode == ReasonCode.COVERED)) {
            throw new IllegalArgumentException("ALLOW goes with COVERED, and only with it");
        }
        if (outcome == Outcome.ALLOW && consentId == null) {
            throw new IllegalArgumentException("an ALLOW rests on a record");
        }
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOW;
    }

    /** Allow or deny. */
    public enum Outcome {
        ALLOW, DENY
    }

    /** Why. */
    public enum ReasonCode {
        /** ALLOW: a record in force covers party, purpose and category. */
        COVERED,
        /** No record of any kind exists for the person on the case. */
        NO_CONSENT,
        /** The record covered this once; a withdrawal (whole or partial) took it away. */
        WITHDRAWN,
        /** The record covers this but its end date has passed. */
        EXPIRED,
        /** The record does not name this party (or its legal ground cannot reach it). */
        NOT_COVERED_PARTY,
        /** The record names the party but not this purpose. */
        NOT_COVERED_PURPOSE,
        /** The record names party and purpose but not this category of information. */
        NOT_COVERED_CATEGORY
    }
}
