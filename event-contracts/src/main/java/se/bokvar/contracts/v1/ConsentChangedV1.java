package se.bokvar.contracts.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A consent (samtycke) was given, changed or (wholly or partly) withdrawn. Every change is a new version;
 * consent-service stays authoritative for decisions.
 *
 * @param change       GIVEN, CHANGED, PARTLY_WITHDRAWN, WITHDRAWN
 * @param personKey    keyed hash of the person's personnummer (never in clear)
 * @param scope        what the consent now covers (empty when wholly withdrawn)
 * @param validUntil   optional end date
 * @param form         WRITTEN or ORAL_DOCUMENTED: how this version was given (null for a legal ground other than consent)
 * @param documentedBy who documented the change (the caseworker's username)
 * @param legalGround  CONSENT, or the other recorded secrecy-breaking ground the record documents, e.g. OSL_26_9C
 *                     (OSL 26 kap. 9 c §); appended field: a consumer reading an event without it treats null as CONSENT
 */
public record ConsentChangedV1(UUID consentId, int version, UUID caseId, String personKey, String change,
        ConsentScopeV1 scope, String form, LocalDate validUntil, Instant at, String documentedBy, String legalGround) {
}
