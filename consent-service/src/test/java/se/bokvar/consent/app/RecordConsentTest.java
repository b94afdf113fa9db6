package se.bokvar.consent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.consent.app.AppFixtures.BUDGET;
import static se.bokvar.consent.app.AppFixtures.LANDLORD;
import static se.bokvar.consent.app.AppFixtures.TODAY;
import static se.bokvar.consent.app.AppFixtures.fields;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.bokvar.platform.problem.Problem;
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.LegalGround;
import se.bokvar.rules.consent.PartyKind;
import se.bokvar.rules.consent.Purpose;

class RecordConsentTest {

    private static NewConsent consent(LegalGround ground, List<PartyInput> parties, List<Purpose> purposes,
            String otherPurpose, ConsentForm form, String reference) {
        return new NewConsent("198503152384", ground, parties, purposes, List.of(Category.PAYMENT_COMMITMENT), otherPurpose,
                null, form, TODAY, null, reference, " ");
    }

    @Test
    void aValidWrittenConsentKeepsItsPartiesWithTheirNames() {
        List<Problem.FieldError> errors = new ArrayList<>();
        ConsentScope scope = RecordConsent.validate(consent(null, List.of(LANDLORD, BUDGET), List.of(Purpose.PAYMENT_COMMITMENT),
                null, ConsentForm.WRITTEN, "TRESERVA-0042"), TODAY, errors);
        assertThat(errors).isEmpty();
        assertThat(scope.parties()).containsExactly(
                new ConsentScope.NamedParty(PartyKind.LANDLORD, "hemma-bostader", "Hemma Bostäder AB"),
                new ConsentScope.NamedParty(PartyKind.BUDGET_DEBT_COUNSELLING, PartyKind.BUDGET_DEBT_COUNSELLING.fixedId(), null));
        assertThat(scope.purposes()).containsExactly(Purpose.PAYMENT_COMMITMENT);
    }

    @Test
    void everyProblemIsListedAtOnce() {
        List<Problem.FieldError> errors = new ArrayList<>();
        RecordConsent.validate(consent(null, List.of(LANDLORD, LANDLORD), List.of(Purpose.OTHER), " ", ConsentForm.WRITTEN,
                null), TODAY, errors);
        assertThat(fields(errors)).containsExactlyInAnyOrder("parties[1]", "otherPurpose", "signedFormReference");
    }

    @Test
    void aGroundOtherThanConsentTakesNoFormAndOnlyItsOwnParties() {
        List<Problem.FieldError> errors = new ArrayList<>();
        RecordConsent.validate(consent(LegalGround.OSL_26_9C, List.of(LANDLORD), List.of(Purpose.CONTACT_ADMINISTRATION), null,
                ConsentForm.ORAL_DOCUMENTED, null), TODAY, errors);
        assertThat(fields(errors)).containsExactlyInAnyOrder("parties", "form");
    }

    @Test
    void aConsentGivenTomorrowIsRefused() {
        List<Problem.FieldError> errors = new ArrayList<>();
        RecordConsent.validate(consent(null, List.of(LANDLORD), List.of(Purpose.PAYMENT_COMMITMENT), null,
                ConsentForm.ORAL_DOCUMENTED, null), TODAY.minusDays(1), errors);
        assertThat(fields(errors)).containsExactly("givenOn");
    }
}
