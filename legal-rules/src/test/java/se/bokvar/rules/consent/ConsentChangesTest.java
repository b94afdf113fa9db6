package se.bokvar.rules.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.bokvar.rules.consent.Fixtures.BUDGET;
import static se.bokvar.rules.consent.Fixtures.DISABILITY;
import static se.bokvar.rules.consent.Fixtures.ELDERLY;
import static se.bokvar.rules.consent.Fixtures.HEMMA;
import static se.bokvar.rules.consent.Fixtures.KFM;
import static se.bokvar.rules.consent.Fixtures.SCHOOL;
import static se.bokvar.rules.consent.Fixtures.consent;
import static se.bokvar.rules.consent.Fixtures.scope;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConsentChangesTest {

    static final Scope SCOPE = scope(Set.of(HEMMA, BUDGET), Set.of(Purpose.INFORM_PLANNED_SUPPORT, Purpose.PAYMENT_COMMITMENT),
            Set.of(Category.PLANNED_SUPPORT, Category.PAYMENT_COMMITMENT));

    static List<Violation> violations(Runnable change) {
        try {
            change.run();
        } catch (InvalidConsentChangeException e) {
            return e.violations();
        }
        throw new AssertionError("expected an InvalidConsentChangeException");
    }

    @Nested
    class Scopes {

        @Test
        void aConsentNamesAtLeastOneOfEach() {
            assertThat(ConsentChanges.validateScope(LegalGround.CONSENT, SCOPE)).isEmpty();
            assertThat(ConsentChanges.validateScope(LegalGround.CONSENT, Scope.EMPTY)).containsExactly(
                    new Violation("parties", "must name at least one party"),
                    new Violation("purposes", "must name at least one purpose"),
                    new Violation("categories", "must name at least one category of information"));
            assertThat(ConsentChanges.validateScope(LegalGround.CONSENT, scope(Set.of(HEMMA), Set.of(Purpose.OTHER), Set.of())))
                    .extracting(Violation::field).containsExactly("categories");
        }

        @Test
        void aConsentCanNameAnyParty() {
            Scope all = scope(Set.of(HEMMA, KFM, BUDGET, SCHOOL, ELDERLY), Set.of(Purpose.OTHER), Set.of(Category.OTHER));
            assertThat(ConsentChanges.validateScope(LegalGround.CONSENT, all)).isEmpty();
        }

        @Test
        void osl26_9cOnlyReachesElderlyCareAndDisabilitySupport() {
            Scope ok = scope(Set.of(ELDERLY, DISABILITY), Set.of(Purpose.CONTACT_ADMINISTRATION), Set.of(Category.PLANNED_SUPPORT));
            assertThat(ConsentChanges.validateScope(LegalGround.OSL_26_9C, ok)).isEmpty();
            Scope wrong = scope(Set.of(ELDERLY, HEMMA, SCHOOL), Set.of(Purpose.CONTACT_ADMINISTRATION), Set.of(Category.PLANNED_SUPPORT));
            assertThat(ConsentChanges.validateScope(LegalGround.OSL_26_9C, wrong)).containsExactly(
                    new Violation("parties", "OSL 26 kap. 9 c § only reaches OTHER_ADMINISTRATION elderly-care and"
                            + " disability-support, not LANDLORD"),
                    new Violation("parties", "OSL 26 kap. 9 c § only reaches OTHER_ADMINISTRATION elderly-care and"
                            + " disability-support, not OTHER_ADMINISTRATION"));
        }
    }

    @Nested
    class Forms {

        @Test
        void aWrittenConsentNeedsTheReferenceToTheSignedForm() {
            assertThat(ConsentChanges.validateForm(LegalGround.CONSENT, ConsentForm.WRITTEN, "TRESERVA-123")).isEmpty();
            assertThat(ConsentChanges.validateForm(LegalGround.CONSENT, ConsentForm.WRITTEN, null)).containsExactly(
                    new Violation("signedFormReference", "is required for a written consent: where the signed form is kept"));
            assertThat(ConsentChanges.validateForm(LegalGround.CONSENT, ConsentForm.WRITTEN, "  "))
                    .extracting(Violation::field).containsExactly("signedFormReference");
        }

        @Test
        void anOralConsentIsDocumentedWithoutAForm() {
            assertThat(ConsentChanges.validateForm(LegalGround.CONSENT, ConsentForm.ORAL_DOCUMENTED, null)).isEmpty();
            assertThat(ConsentChanges.validateForm(LegalGround.CONSENT, ConsentForm.ORAL_DOCUMENTED, "")).isEmpty();
            assertThat(ConsentChanges.validateForm(LegalGround.CONSENT, ConsentForm.ORAL_DOCUMENTED, "X-1")).containsExactly(
                    new Violation("signedFormReference", "belongs to a written consent only"));
        }

        @Test
        void aConsentHasAForm() {
            assertThat(ConsentChanges.validateForm(LegalGround.CONSENT, null, null)).containsExactly(
                    new Violation("form", "must be WRITTEN or ORAL_DOCUMENTED for a consent"));
        }

        @Test
        void anotherLegalGroundHasNone() {
            assertThat(ConsentChanges.validateForm(LegalGround.OSL_26_9C, null, null)).isEmpty();
            assertThat(ConsentChanges.validateForm(LegalGround.OSL_26_9C, ConsentForm.ORAL_DOCUMENTED, null)).containsExactly(
                    new Violation("form", "must be empty: OSL 26 kap. 9 c § is not a consent"));
        }
    }

    @Nested
    class Dates {

        static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

        @Test
        void givenTodayOrEarlier() {
            assertThat(ConsentChanges.validateDates(TODAY, null, TODAY)).isEmpty();
            assertThat(ConsentChanges.validateDates(TODAY.minusDays(30), null, TODAY)).isEmpty();
            assertThat(ConsentChanges.validateDates(TODAY.plusDays(1), null, TODAY)).containsExactly(
                    new Violation("givenOn", "must not be in the future"));
        }

        @Test
        void endingNeitherBeforeItWasGivenNorInThePast() {
            assertThat(ConsentChanges.validateDates(TODAY.minusDays(3), TODAY, TODAY)).isEmpty();
            assertThat(ConsentChanges.validateDates(TODAY.minusDays(3), TODAY.minusDays(3).plusYears(1), TODAY)).isEmpty();
            assertThat(ConsentChanges.validateDates(TODAY.minusDays(3), TODAY.minusDays(1), TODAY)).containsExactly(
                    new Violation("validUntil", "must not be in the past"));
            assertThat(ConsentChanges.validateDates(TODAY.minusDays(3), TODAY.minusDays(4), TODAY)).containsExactly(
                    new Violation("validUntil", "must not be before givenOn"));
            assertThat(ConsentChanges.validateDates(TODAY.plusDays(2), TODAY.plusDays(1), TODAY)).containsExactly(
                    new Violation("givenOn", "must not be in the future"),
                    new Violation("validUntil", "must not be before givenOn"));
            assertThat(ConsentChanges.validateDates(TODAY, TODAY.minusDays(1), TODAY)).containsExactly(
                    new Violation("validUntil", "must not be before givenOn"));
        }
    }

    @Nested
    class Changes {

        @Test
        void anExtensionIsAChange() {
            Scope wider = scope(Set.of(HEMMA, BUDGET, KFM), Set.of(Purpose.INFORM_PLANNED_SUPPORT, Purpose.PAYMENT_COMMITMENT,
                    Purpose.FOLLOW_UP), Set.of(Category.PLANNED_SUPPORT, Category.PAYMENT_COMMITMENT, Category.CASE_STATUS));
            ConsentChanges.Result r = ConsentChanges.change(LegalGround.CONSENT, consent(SCOPE).last(), wider);
            assertThat(r.change()).isEqualTo(ChangeKind.CHANGED);
            assertThat(r.scope()).isEqualTo(wider);
        }

        @Test
        void theSameScopeIsAChangeToo() {
            // e.g. a new end date or the signed form arriving
            assertThat(ConsentChanges.change(LegalGround.CONSENT, consent(SCOPE).last(), SCOPE).scope()).isEqualTo(SCOPE);
        }

        @Test
        void aChangeNeverRemovesAnything() {
            Scope narrower = scope(Set.of(HEMMA), Set.of(Purpose.PAYMENT_COMMITMENT), Set.of(Category.PAYMENT_COMMITMENT));
            assertThat(violations(() -> ConsentChanges.change(LegalGround.CONSENT, consent(SCOPE).last(), narrower)))
                    .containsExactly(
                            new Violation("parties", "leaves out 1 party/parties of the current version; record a withdrawal to remove them"),
                            new Violation("purposes", "leaves out [INFORM_PLANNED_SUPPORT] of the current version; record a withdrawal to remove them"),
                            new Violation("categories", "leaves out [PLANNED_SUPPORT] of the current version; record a withdrawal to remove them"));
        }

        @Test
        void aChangedScopeIsValidatedForItsGround() {
            Scope elderly = scope(Set.of(ELDERLY), Set.of(Purpose.CONTACT_ADMINISTRATION), Set.of(Category.PLANNED_SUPPORT));
            ConsentVersion current = Fixtures.osl(new java.util.UUID(0, 5), elderly).last();
            Scope withLandlord = scope(Set.of(ELDERLY, HEMMA), Set.of(Purpose.CONTACT_ADMINISTRATION), Set.of(Category.PLANNED_SUPPORT));
            assertThat(violations(() -> ConsentChanges.change(LegalGround.OSL_26_9C, current, withLandlord)))
                    .extracting(Violation::field).containsExactly("parties");
        }

        @Test
        void aWhollyWithdrawnConsentNeverChangesAgain() {
            ConsentVersion closed = consent(SCOPE).withdraw(Withdrawal.wholly()).last();
            assertThatThrownBy(() -> ConsentChanges.change(LegalGround.CONSENT, closed, SCOPE))
                    .isInstanceOf(ConsentClosedException.class)
                    .hasMessage("the consent was wholly withdrawn; record a new consent instead");
            assertThatThrownBy(() -> ConsentChanges.withdraw(closed, Withdrawal.wholly())).isInstanceOf(ConsentClosedException.class);
            assertThatThrownBy(() -> ConsentChanges.withdraw(closed, Withdrawal.party(HEMMA))).isInstanceOf(ConsentClosedException.class);
        }
    }

    @Nested
    class Withdrawals {

        final ConsentVersion current = consent(SCOPE).last();

        @Test
        void wholly() {
            ConsentChanges.Result r = ConsentChanges.withdraw(current, Withdrawal.wholly());
            assertThat(r.change()).isEqualTo(ChangeKind.WITHDRAWN);
            assertThat(r.scope()).isEqualTo(Scope.EMPTY);
        }

        @Test
        void oneParty() {
            ConsentChanges.Result r = ConsentChanges.withdraw(current, Withdrawal.party(HEMMA));
            assertThat(r.change()).isEqualTo(ChangeKind.PARTLY_WITHDRAWN);
            assertThat(r.scope()).isEqualTo(scope(Set.of(BUDGET), SCOPE.purposes(), SCOPE.categories()));
        }

        @Test
        void onePurpose() {
            ConsentChanges.Result r = ConsentChanges.withdraw(current, Withdrawal.purpose(Purpose.PAYMENT_COMMITMENT));
            assertThat(r.change()).isEqualTo(ChangeKind.PARTLY_WITHDRAWN);
            assertThat(r.scope()).isEqualTo(scope(SCOPE.parties(), Set.of(Purpose.INFORM_PLANNED_SUPPORT), SCOPE.categories()));
        }

        @Test
        void oneCategory() {
            ConsentChanges.Result r = ConsentChanges.withdraw(current, Withdrawal.category(Category.PLANNED_SUPPORT));
            assertThat(r.change()).isEqualTo(ChangeKind.PARTLY_WITHDRAWN);
            assertThat(r.scope()).isEqualTo(scope(SCOPE.parties(), SCOPE.purposes(), Set.of(Category.PAYMENT_COMMITMENT)));
        }

        @Test
        void theLastPartyPurposeOrCategoryMakesItWhole() {
            assertThat(ConsentChanges.withdraw(current, new Withdrawal(false, List.of(HEMMA, BUDGET), List.of(), List.of())).change())
                    .isEqualTo(ChangeKind.WITHDRAWN);
            assertThat(ConsentChanges.withdraw(current, new Withdrawal(false, List.of(),
                    List.of(Purpose.INFORM_PLANNED_SUPPORT, Purpose.PAYMENT_COMMITMENT), List.of())).scope()).isEqualTo(Scope.EMPTY);
            assertThat(ConsentChanges.withdraw(current, new Withdrawal(false, List.of(), List.of(),
                    List.of(Category.PLANNED_SUPPORT, Category.PAYMENT_COMMITMENT))).change()).isEqualTo(ChangeKind.WITHDRAWN);
        }

        @Test
        void onlyWhatTheConsentCoversCanBeWithdrawn() {
            Withdrawal w = new Withdrawal(false, List.of(HEMMA, KFM), List.of(Purpose.FOLLOW_UP, Purpose.PAYMENT_COMMITMENT),
                    List.of(Category.PLANNED_SUPPORT, Category.HEALTH));
            assertThat(violations(() -> ConsentChanges.withdraw(current, w))).containsExactly(
                    new Violation("parties[1]", "is not covered by the current version"),
                    new Violation("purposes[0]", "is not covered by the current version"),
                    new Violation("categories[1]", "is not covered by the current version"));
        }

        @Test
        void aWithdrawalNamesSomethingOrIsWhole() {
            assertThat(violations(() -> ConsentChanges.withdraw(current, new Withdrawal(false, List.of(), List.of(), List.of()))))
                    .containsExactly(new Violation("body", "name at least one party, purpose or category to withdraw, or withdraw wholly"));
            assertThat(violations(() -> ConsentChanges.withdraw(current, new Withdrawal(true, List.of(HEMMA), List.of(), List.of()))))
                    .containsExactly(new Violation("whole", "a whole withdrawal names no parties, purposes or categories"));
            assertThat(violations(() -> ConsentChanges.withdraw(current, new Withdrawal(true, List.of(), List.of(Purpose.OTHER), List.of()))))
                    .extracting(Violation::field).containsExactly("whole");
            assertThat(violations(() -> ConsentChanges.withdraw(current, new Withdrawal(true, List.of(), List.of(), List.of(Category.OTHER)))))
                    .extracting(Violation::field).containsExactly("whole");
        }
    }

    @Test
    void theExceptionCarriesItsViolations() {
        InvalidConsentChangeException one = new InvalidConsentChangeException(List.of(new Violation("a", "b")));
        assertThat(one).hasMessage("1 rule is broken");
        assertThat(new InvalidConsentChangeException(List.of(new Violation("a", "b"), new Violation("c", "d"))))
                .hasMessage("2 rules are broken");
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidConsentChangeException(List.of()));
    }
}
