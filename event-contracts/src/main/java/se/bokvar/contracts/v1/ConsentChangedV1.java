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
 * @param documentedBy who documented the change
 */
public record ConsentChangedV1(UUID consentId, int version, UUID caseId, String personKey, String change,
        ConsentScopeV1 scope, String form, LocalDate validUntil, Instant at, String documentedBy) {
}
