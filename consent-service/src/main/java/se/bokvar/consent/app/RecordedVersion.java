package se.bokvar.consent.app;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import se.bokvar.rules.consent.ChangeKind;
import se.bokvar.rules.consent.ConsentForm;

/**
 * One version of a consent, as recorded.
 *
 * @param added   what this version added (all of it for version 1), or null
 * @param removed what this version withdrew, or null
 */
public record RecordedVersion(int version, ChangeKind change, ConsentScope scope, ConsentScope added, ConsentScope removed,
        ConsentForm form, LocalDate givenOn, LocalDate validUntil, String signedFormReference, String note,
        String documentedBy, String documentedByName, OffsetDateTime recordedAt) {
}
