package se.bokvar.consent.app;

import java.util.UUID;

import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.Purpose;

/** "May this case's caseworker disclose category C about this person to party P for purpose U now?" */
public record DisclosureQuestion(UUID caseId, String personalIdentityNumber, PartyInput party, Purpose purpose,
        Category category) {
}
