package se.bokvar.consent.app;

import java.time.LocalDate;
import java.util.List;

import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.Purpose;

/** The consent a person is asked to sign ({@link RenderConsentForm#toSign}); nothing is recorded. */
public record FormToSign(String personalIdentityNumber, List<PartyInput> parties, List<Purpose> purposes,
        List<Category> categories, String otherPurpose, String otherCategory, LocalDate validUntil) {
}
