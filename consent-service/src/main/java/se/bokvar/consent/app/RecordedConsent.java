package se.bokvar.consent.app;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import se.bokvar.rules.consent.LegalGround;

/**
 * A consent record with its current version and, when read one by one, its whole history (otherwise null).
 *
 * @param personalIdentityNumber canonical 12 digits
 */
public record RecordedConsent(UUID id, UUID caseId, String personalIdentityNumber, LegalGround legalGround,
        ConsentStatus status, OffsetDateTime createdAt, String createdBy, RecordedVersion current,
        List<RecordedVersion> versions) {
}
