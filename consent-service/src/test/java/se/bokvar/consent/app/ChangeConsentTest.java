package se.bokvar.consent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.consent.app.AppFixtures.BUDGET;
import static se.bokvar.consent.app.AppFixtures.LANDLORD;
import static se.bokvar.consent.app.AppFixtures.SCOPE;
import static se.bokvar.consent.app.AppFixtures.TODAY;
import static se.bokvar.consent.app.AppFixtures.fields;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.bokvar.consent.store.ConsentVersionRow;
import se.bokvar.platform.problem.Problem;
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.LegalGround;
import se.bokvar.rules.consent.Purpose;

class ChangeConsentTest {

    private final ConsentVersionRow current = AppFixtures.written(TODAY.minusDays(2));

    private List<Problem.FieldError> check(ConsentChange change) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ChangeConsent.validate(LegalGround.CONSENT, AppFixtures.rule(current), SCOPE, current, change, TODAY, errors);
        return errors;
    }

    private static ConsentChange change(List<PartyInput> parties, List<Purpose> purposes, String reference,
            java.time.LocalDate validUntil) {
        return new ConsentChange(parties, purposes, List.of(Category.PAYMENT_COMMITMENT), null, null, ConsentForm.WRITTEN,
                TODAY, validUntil, reference, null, 1);
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        assertThat(check(change(List.of(LANDLORD), List.of(Purpose.PAYMENT_COMMITMENT, Purpose.INFORM_PLANNED_SUPPORT),
                " TRESERVA-0042 ", null))).extracting(Problem.FieldError::field).containsExactly("body");
    }

    @Test
    void anEndDateOrANewPartyIsAChange() {
        assertThat(check(change(List.of(LANDLORD), List.of(Purpose.PAYMENT_COMMITMENT, Purpose.INFORM_PLANNED_SUPPORT),
                "TRESERVA-0042", TODAY.plusMonths(6)))).isEmpty();
        assertThat(check(change(List.of(LANDLORD, BUDGET), List.of(Purpose.PAYMENT_COMMITMENT,
                Purpose.INFORM_PLANNED_SUPPORT), "TRESERVA-0042", null))).isEmpty();
    }

    @Test
    void aChangeNeverRemovesThatIsAWithdrawal() {
        assertThat(fields(check(change(List.of(LANDLORD), List.of(Purpose.PAYMENT_COMMITMENT), "TRESERVA-0042", null))))
                .containsExactly("purposes");
    }
}
