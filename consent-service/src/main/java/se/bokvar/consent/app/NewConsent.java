package se.bokvar.consent.app;

import java.time.LocalDate;
import java.util.List;

import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.LegalGround;
import se.bokvar.rules.consent.Purpose;

/**
 * A consent the person has given, or another legal ground the caseworker records ({@link RecordConsent}).
 *
 * @param legalGround null means CONSENT
 */
public record NewConsent(String personalIdentityNumber, LegalGround legalGround, List<PartyInput> parties,
        List<Purpose> purposes, List<Category> categories, String otherPurpose, String otherCategory, ConsentForm form,
        LocalDate givenOn, LocalDate validUntil, String signedFormReference, String note) {

    public LegalGround ground() {
        return legalGround == null ? LegalGround.CONSENT : legalGround;
    }
}
