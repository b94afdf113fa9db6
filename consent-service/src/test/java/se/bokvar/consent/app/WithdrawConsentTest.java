package se.bokvar.consent.app;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.consent.app.AppFixtures.BUDGET;
import static se.bokvar.consent.app.AppFixtures.LANDLORD;
import static se.bokvar.consent.app.AppFixtures.TODAY;
import static se.bokvar.consent.app.AppFixtures.fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.bokvar.consent.store.ConsentVersionRow;
import se.bokvar.platform.problem.Problem;
import se.bokvar.rules.consent.ChangeKind;
import se.bokvar.rules.consent.ConsentChanges;
import se.bokvar.rules.consent.ConsentForm;
import se.bokvar.rules.consent.LegalGround;
import se.bokvar.rules.consent.Purpose;

class WithdrawConsentTest {

    private final ConsentVersionRow current = AppFixtures.written(TODAY.minusDays(2));

    private static ConsentWithdrawal withdrawal(boolean whole, List<PartyInput> parties, List<Purpose> purposes,
            LocalDate on, ConsentForm form) {
        return new ConsentWithdrawal(whole, parties, purposes, null, on, form, null, null);
    }

    @Test
    void aPartialWithdrawalLeavesTheRest() {
        List<Problem.FieldError> errors = new ArrayList<>();
        ConsentChanges.Result result = WithdrawConsent.validate(LegalGround.CONSENT, AppFixtures.rule(current), current,
                withdrawal(false, null, List.of(Purpose.PAYMENT_COMMITMENT), TODAY, ConsentForm.ORAL_DOCUMENTED), errors);
        assertThat(errors).isEmpty();
        assertThat(result.change()).isEqualTo(ChangeKind.PARTLY_WITHDRAWN);
        assertThat(AppFixtures.SCOPE.restrictTo(result.scope()).purposes()).containsExactly(Purpose.INFORM_PLANNED_SUPPORT);
    }

    @Test
    void aWholeWithdrawalLeavesNothing() {
        List<Problem.FieldError> errors = new ArrayList<>();
        ConsentChanges.Result result = WithdrawConsent.validate(LegalGround.CONSENT, AppFixtures.rule(current), current,
                withdrawal(true, null, null, TODAY, null), errors);
        assertThat(errors).isEmpty();
        assertThat(result.change()).isEqualTo(ChangeKind.WITHDRAWN);
    }

    @Test
    void notBeforeTheCurrentVersionWasGivenAndNoFormForAnotherGround() {
        List<Problem.FieldError> errors = new ArrayList<>();
        ConsentChanges.Result result = WithdrawConsent.validate(LegalGround.OSL_26_9C, AppFixtures.rule(current), current,
                withdrawal(true, null, null, TODAY.minusDays(3), ConsentForm.WRITTEN), errors);
        assertThat(result).isNull();
        assertThat(fields(errors)).containsExactlyInAnyOrder("withdrawnOn", "form");
    }

    @Test
    void onlyWhatTheConsentCoversCanBeWithdrawn() {
        List<Problem.FieldError> errors = new ArrayList<>();
        WithdrawConsent.validate(LegalGround.CONSENT, AppFixtures.rule(current), current,
                withdrawal(false, List.of(LANDLORD, BUDGET), null, TODAY, null), errors);
        assertThat(fields(errors)).containsExactly("parties[1]");
    }
}
