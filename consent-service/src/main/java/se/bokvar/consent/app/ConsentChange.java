package se.bokvar.consent.app;

import java.time.LocalDate;
import java.util.List;

import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.Purpose;

/**
 * A change of a consent: its full new scope and terms ({@link ChangeConsent}).
 *
 * @param basedOnVersion the version the change was prepared from, or null
 */
public record ConsentChange(List<PartyInput> parties, List<Purpose> purposes, List<Category> categories,
        String otherPurpose, String otherCategory, ConsentForm form, LocalDate givenOn, LocalDate validUntil,
        String signedFormReference, String note, Integer basedOnVersion) {
}
