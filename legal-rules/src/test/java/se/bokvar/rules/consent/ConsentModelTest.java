package se.bokvar.rules.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.bokvar.rules.consent.Fixtures.BUDGET;
import static se.bokvar.rules.consent.Fixtures.HEMMA;
import static se.bokvar.rules.consent.Fixtures.KFM;
import static se.bokvar.rules.consent.Fixtures.T0;
import static se.bokvar.rules.consent.Fixtures.scope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.bokvar.rules.consent.Decision.Outcome;
import se.bokvar.rules.consent.Decision.ReasonCode;

class ConsentModelTest {

    @Nested
    class Parties {

        @Test
        void idsAreTrimmedAndLowerCased() {
            Party p = Party.of(PartyKind.LANDLORD, "  Hemma-Bostader ");
            assertThat(p).isEqualTo(new Party(PartyKind.LANDLORD, "hemma-bostader"));
            assertThat(p.toString()).isEqualTo("LANDLORD hemma-bostader");
        }

        @Test
        void kindsWithOneIdGetItWhenItIsMissing() {
            assertThat(Party.of(PartyKind.KRONOFOGDEN, null).id()).isEqualTo("kronofogden");
            assertThat(Party.of(PartyKind.KRONOFOGDEN, " ").id()).isEqualTo("kronofogden");
            assertThat(Party.of(PartyKind.BUDGET_DEBT_COUNSELLING, "").id()).isEqualTo("budget-debt-counselling");
            assertThat(Party.of(PartyKind.KRONOFOGDEN, "KRONOFOGDEN").id()).isEqualTo("kronofogden");
            assertThat(Party.problemWith(PartyKind.KRONOFOGDEN, null)).isNull();
            assertThat(Party.problemWith(PartyKind.KRONOFOGDEN, "kfm")).isEqualTo("must be 'kronofogden' for KRONOFOGDEN");
            assertThat(Party.problemWith(PartyKind.BUDGET_DEBT_COUNSELLING, "x"))
                    .isEqualTo("must be 'budget-debt-counselling' for BUDGET_DEBT_COUNSELLING");
        }

        @Test
        void otherAdministrationsAreAClosedList() {
            for (String id : List.of("elderly-care", "disability-support", "addiction-care", "psychiatry", "school", "other")) {
                assertThat(Party.problemWith(PartyKind.OTHER_ADMINISTRATION, id)).isNull();
                assertThat(Party.of(PartyKind.OTHER_ADMINISTRATION, id).id()).isEqualTo(id);
            }
            assertThat(Party.problemWith(PartyKind.OTHER_ADMINISTRATION, "police")).isEqualTo("must be one of [addiction-care,"
                    + " disability-support, elderly-care, other, psychiatry, school] for OTHER_ADMINISTRATION");
            assertThat(Party.problemWith(PartyKind.OTHER_ADMINISTRATION, null))
                    .isEqualTo("must be 1 to 64 lowercase letters, digits, '.', '_' or '-'");
        }

        @Test
        void landlordsAndNamedPartiesHaveFreeIds() {
            assertThat(Party.problemWith(PartyKind.LANDLORD, "alvstaden-fastigheter")).isNull();
            assertThat(Party.problemWith(PartyKind.NAMED_PARTY, "relative_1.b")).isNull();
            assertThat(Party.problemWith(PartyKind.NAMED_PARTY, "9")).isNull();
            assertThat(Party.problemWith(PartyKind.NAMED_PARTY, "a".repeat(64))).isNull();
        }

        @ParameterizedTest
        @CsvSource({ "'-starts-with-dash'", "'has space'", "'å'", "''", "'a/b'", "'_x'" })
        void idSyntax(String id) {
            assertThat(Party.problemWith(PartyKind.LANDLORD, id)).isEqualTo("must be 1 to 64 lowercase letters, digits, '.', '_' or '-'");
            assertThatIllegalArgumentException().isThrownBy(() -> Party.of(PartyKind.LANDLORD, id))
                    .withMessage("must be 1 to 64 lowercase letters, digits, '.', '_' or '-'");
        }

        @Test
        void tooLong() {
            assertThat(Party.problemWith(PartyKind.LANDLORD, "a".repeat(65))).isNotNull();
        }

        @Test
        void theConstructorTakesOnlyNormalisedIds() {
            assertThatIllegalArgumentException().isThrownBy(() -> new Party(PartyKind.LANDLORD, "Hemma"));
            assertThatIllegalArgumentException().isThrownBy(() -> new Party(PartyKind.KRONOFOGDEN, "kfm"))
                    .withMessage("must be 'kronofogden' for KRONOFOGDEN");
            assertThatNullPointerException().isThrownBy(() -> new Party(null, "x"));
            assertThatNullPointerException().isThrownBy(() -> new Party(PartyKind.LANDLORD, null));
            assertThatNullPointerException().isThrownBy(() -> Party.of(null, "x"));
            assertThatNullPointerException().isThrownBy(() -> Party.problemWith(null, "x"));
        }

        @Test
        void partiesSortByKindThenId() {
            List<Party> parties = new ArrayList<>(List.of(KFM, Party.of(PartyKind.LANDLORD, "b"), BUDGET,
                    Party.of(PartyKind.LANDLORD, "a")));
            parties.sort(null);
            assertThat(parties).containsExactly(Party.of(PartyKind.LANDLORD, "a"), Party.of(PartyKind.LANDLORD, "b"), BUDGET, KFM);
        }

        @Test
        void kindVocabulary() {
            assertThat(PartyKind.LANDLORD.fixedId()).isNull();
            assertThat(PartyKind.LANDLORD.allowedIds()).isNull();
            assertThat(PartyKind.NAMED_PARTY.accepts("anyone")).isTrue();
            assertThat(PartyKind.KRONOFOGDEN.accepts("kronofogden")).isTrue();
            assertThat(PartyKind.KRONOFOGDEN.accepts("x")).isFalse();
            assertThat(PartyKind.OTHER_ADMINISTRATION.accepts("school")).isTrue();
            assertThat(PartyKind.OTHER_ADMINISTRATION.accepts("x")).isFalse();
        }
    }

    @Nested
    class Scopes {

        final Scope scope = scope(Set.of(HEMMA, BUDGET), Set.of(Purpose.PAYMENT_COMMITMENT, Purpose.FOLLOW_UP),
                Set.of(Category.PAYMENT_COMMITMENT));

        @Test
        void depthCountsHowMuchOfTheRequestIsCovered() {
            assertThat(scope.depth(new DisclosureRequest(KFM, Purpose.PAYMENT_COMMITMENT, Category.PAYMENT_COMMITMENT))).isZero();
            assertThat(scope.depth(new DisclosureRequest(HEMMA, Purpose.OTHER, Category.PAYMENT_COMMITMENT))).isEqualTo(1);
            assertThat(scope.depth(new DisclosureRequest(HEMMA, Purpose.FOLLOW_UP, Category.HEALTH))).isEqualTo(2);
            assertThat(scope.depth(new DisclosureRequest(BUDGET, Purpose.FOLLOW_UP, Category.PAYMENT_COMMITMENT))).isEqualTo(3);
            assertThat(scope.covers(new DisclosureRequest(BUDGET, Purpose.FOLLOW_UP, Category.PAYMENT_COMMITMENT))).isTrue();
            assertThat(scope.covers(new DisclosureRequest(HEMMA, Purpose.FOLLOW_UP, Category.HEALTH))).isFalse();
            assertThatNullPointerException().isThrownBy(() -> scope.depth(null));
        }

        @Test
        void coversNothingWhenAnyListIsEmpty() {
            assertThat(scope.coversNothing()).isFalse();
            assertThat(Scope.EMPTY.coversNothing()).isTrue();
            assertThat(scope(Set.of(), scope.purposes(), scope.categories()).coversNothing()).isTrue();
            assertThat(scope(scope.parties(), Set.of(), scope.categories()).coversNothing()).isTrue();
            assertThat(scope(scope.parties(), scope.purposes(), Set.of()).coversNothing()).isTrue();
        }

        @Test
        void includes() {
            assertThat(scope.includes(scope)).isTrue();
            assertThat(scope.includes(Scope.EMPTY)).isTrue();
            assertThat(Scope.EMPTY.includes(scope)).isFalse();
            assertThat(scope.includes(scope(Set.of(KFM), Set.of(), Set.of()))).isFalse();
            assertThat(scope.includes(scope(Set.of(), Set.of(Purpose.OTHER), Set.of()))).isFalse();
            assertThat(scope.includes(scope(Set.of(), Set.of(), Set.of(Category.OTHER)))).isFalse();
        }

        @Test
        void withoutRemovesAndIgnoresWhatIsNotThere() {
            assertThat(scope.without(List.of(HEMMA, KFM), List.of(Purpose.FOLLOW_UP), List.of(Category.HEALTH)))
                    .isEqualTo(scope(Set.of(BUDGET), Set.of(Purpose.PAYMENT_COMMITMENT), Set.of(Category.PAYMENT_COMMITMENT)));
            assertThat(scope.without(List.of(), List.of(), List.of(Category.PAYMENT_COMMITMENT)).categories()).isEmpty();
            assertThat(scope.parties()).hasSize(2);
        }

        @Test
        void theListsAreCopiedUnmodifiableAndSorted() {
            Set<Party> parties = new java.util.HashSet<>(Set.of(KFM, HEMMA));
            Scope s = scope(parties, Set.of(Purpose.OTHER), Set.of(Category.OTHER));
            parties.clear();
            assertThat(s.parties()).containsExactly(HEMMA, KFM);
            assertThatThrownBy(() -> s.parties().add(BUDGET)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> s.purposes().add(Purpose.FOLLOW_UP)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> s.categories().add(Category.HEALTH)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void noNulls() {
            assertThatNullPointerException().isThrownBy(() -> new Scope(null, Set.of(), Set.of())).withMessage("parties must not be null");
            assertThatNullPointerException().isThrownBy(() -> new Scope(Set.of(), null, Set.of())).withMessage("purposes must not be null");
            assertThatNullPointerException().isThrownBy(() -> new Scope(Set.of(), Set.of(), null)).withMessage("categories must not be null");
            assertThatNullPointerException().isThrownBy(() -> new Scope(new java.util.HashSet<>(Arrays.asList((Party) null)), Set.of(), Set.of()))
                    .withMessage("parties must not contain null");
        }
    }

    @Nested
    class Versions {

        final Scope scope = scope(Set.of(HEMMA), Set.of(Purpose.OTHER), Set.of(Category.OTHER));

        ConsentVersion v(int version, ChangeKind change) {
            return new ConsentVersion(version, change, scope, ConsentForm.WRITTEN, LocalDate.of(2026, 11, 20), null, T0);
        }

        @Test
        void versionOneAndOnlyVersionOneIsGiven() {
            assertThat(v(1, ChangeKind.GIVEN).version()).isEqualTo(1);
            assertThat(v(2, ChangeKind.CHANGED).change()).isEqualTo(ChangeKind.CHANGED);
            assertThatIllegalArgumentException().isThrownBy(() -> v(2, ChangeKind.GIVEN));
            assertThatIllegalArgumentException().isThrownBy(() -> v(1, ChangeKind.CHANGED));
            assertThatIllegalArgumentException().isThrownBy(() -> v(0, ChangeKind.GIVEN)).withMessage("version must be 1 or more");
        }

        @Test
        void requiredFields() {
            LocalDate d = LocalDate.of(2026, 11, 20);
            assertThatNullPointerException().isThrownBy(() -> new ConsentVersion(1, null, scope, null, d, null, T0));
            assertThatNullPointerException().isThrownBy(() -> new ConsentVersion(1, ChangeKind.GIVEN, null, null, d, null, T0));
            assertThatNullPointerException().isThrownBy(() -> new ConsentVersion(1, ChangeKind.GIVEN, scope, null, null, null, T0));
            assertThatNullPointerException().isThrownBy(() -> new ConsentVersion(1, ChangeKind.GIVEN, scope, null, d, null, null));
        }

        @Test
        void anEndDateIsInclusive() {
            ConsentVersion v = new ConsentVersion(1, ChangeKind.GIVEN, scope, null, LocalDate.of(2026, 11, 20),
                    LocalDate.of(2026, 12, 31), T0);
            assertThat(v.hasExpired(LocalDate.of(2026, 12, 31))).isFalse();
            assertThat(v.hasExpired(LocalDate.of(2027, 1, 1))).isTrue();
            assertThat(v(1, ChangeKind.GIVEN).hasExpired(LocalDate.of(2099, 1, 1))).isFalse();
        }

        @Test
        void aRecordsVersionsAreSortedAndComplete() {
            UUID id = UUID.randomUUID();
            ConsentRecord r = new ConsentRecord(id, LegalGround.CONSENT, List.of(v(3, ChangeKind.CHANGED), v(1, ChangeKind.GIVEN),
                    v(2, ChangeKind.PARTLY_WITHDRAWN)));
            assertThat(r.versions()).extracting(ConsentVersion::version).containsExactly(1, 2, 3);
            assertThat(r.current().version()).isEqualTo(3);
            assertThatIllegalArgumentException().isThrownBy(() -> new ConsentRecord(id, LegalGround.CONSENT,
                    List.of(v(1, ChangeKind.GIVEN), v(3, ChangeKind.CHANGED)))).withMessage("versions must be numbered 1..2 without gaps");
            assertThatIllegalArgumentException().isThrownBy(() -> new ConsentRecord(id, LegalGround.CONSENT,
                    List.of(v(2, ChangeKind.CHANGED)))).withMessage("versions must be numbered 1..1 without gaps");
            assertThatIllegalArgumentException().isThrownBy(() -> new ConsentRecord(id, LegalGround.CONSENT,
                    List.of(v(1, ChangeKind.GIVEN), v(1, ChangeKind.GIVEN))));
            assertThatIllegalArgumentException().isThrownBy(() -> new ConsentRecord(id, LegalGround.CONSENT, List.of()))
                    .withMessage("a consent record has at least one version");
            assertThatNullPointerException().isThrownBy(() -> new ConsentRecord(null, LegalGround.CONSENT, List.of(v(1, ChangeKind.GIVEN))));
            assertThatNullPointerException().isThrownBy(() -> new ConsentRecord(id, null, List.of(v(1, ChangeKind.GIVEN))));
            assertThatNullPointerException().isThrownBy(() -> new ConsentRecord(id, LegalGround.CONSENT, null));
        }

        @Test
        void changeKinds() {
            assertThat(ChangeKind.GIVEN.isWithdrawal()).isFalse();
            assertThat(ChangeKind.CHANGED.isWithdrawal()).isFalse();
            assertThat(ChangeKind.PARTLY_WITHDRAWN.isWithdrawal()).isTrue();
            assertThat(ChangeKind.WITHDRAWN.isWithdrawal()).isTrue();
        }
    }

    @Nested
    class Grounds {

        @Test
        void consentReachesEveryone() {
            for (Party p : List.of(HEMMA, BUDGET, KFM, Fixtures.ELDERLY, Fixtures.RELATIVE)) {
                assertThat(LegalGround.CONSENT.permits(p)).isTrue();
            }
            assertThat(LegalGround.CONSENT.isConsent()).isTrue();
            assertThat(LegalGround.CONSENT.citation()).isEqualTo("samtycke (OSL 12 kap. 2 §)");
            assertThat(LegalGround.CONSENT.description()).isEqualTo("consent");
        }

        @Test
        void osl26_9cReachesOnlyElderlyCareAndDisabilitySupport() {
            assertThat(LegalGround.OSL_26_9C.isConsent()).isFalse();
            assertThat(LegalGround.OSL_26_9C.permits(Fixtures.ELDERLY)).isTrue();
            assertThat(LegalGround.OSL_26_9C.permits(Fixtures.DISABILITY)).isTrue();
            assertThat(LegalGround.OSL_26_9C.permits(Fixtures.SCHOOL)).isFalse();
            assertThat(LegalGround.OSL_26_9C.permits(Party.of(PartyKind.OTHER_ADMINISTRATION, "addiction-care"))).isFalse();
            assertThat(LegalGround.OSL_26_9C.permits(Party.of(PartyKind.NAMED_PARTY, "elderly-care"))).isFalse();
            assertThat(LegalGround.OSL_26_9C.permits(Party.of(PartyKind.LANDLORD, "disability-support"))).isFalse();
            assertThat(LegalGround.OSL_26_9C.permits(HEMMA)).isFalse();
            assertThat(LegalGround.OSL_26_9C.description()).isEqualTo("recorded legal ground OSL 26 kap. 9 c §");
        }
    }

    @Nested
    class Decisions {

        final UUID id = UUID.randomUUID();

        @Test
        void allowGoesWithCoveredAndARecord() {
            assertThat(new Decision(Outcome.ALLOW, ReasonCode.COVERED, "r", id, 1, LegalGround.CONSENT).allowed()).isTrue();
            assertThatIllegalArgumentException().isThrownBy(() -> new Decision(Outcome.ALLOW, ReasonCode.EXPIRED, "r", id, 1, null));
            assertThatIllegalArgumentException().isThrownBy(() -> new Decision(Outcome.DENY, ReasonCode.COVERED, "r", id, 1, null));
            assertThatIllegalArgumentException().isThrownBy(() -> new Decision(Outcome.ALLOW, ReasonCode.COVERED, "r", null, null, null))
                    .withMessage("an ALLOW rests on a record");
            assertThat(new Decision(Outcome.DENY, ReasonCode.NO_CONSENT, "r", null, null, null).allowed()).isFalse();
        }

        @Test
        void requiredFields() {
            assertThatNullPointerException().isThrownBy(() -> new Decision(null, ReasonCode.NO_CONSENT, "r", null, null, null));
            assertThatNullPointerException().isThrownBy(() -> new Decision(Outcome.DENY, null, "r", null, null, null));
            assertThatNullPointerException().isThrownBy(() -> new Decision(Outcome.DENY, ReasonCode.NO_CONSENT, null, null, null, null));
        }

        @Test
        void requestsNeedAllThree() {
            assertThatNullPointerException().isThrownBy(() -> new DisclosureRequest(null, Purpose.OTHER, Category.OTHER));
            assertThatNullPointerException().isThrownBy(() -> new DisclosureRequest(HEMMA, null, Category.OTHER));
            assertThatNullPointerException().isThrownBy(() -> new DisclosureRequest(HEMMA, Purpose.OTHER, null));
            assertThat(new DisclosureRequest(HEMMA, Purpose.OTHER, Category.HEALTH)).hasToString("LANDLORD hemma-bostader for OTHER / HEALTH");
        }

        @Test
        void violationsNeedFieldAndMessage() {
            assertThatNullPointerException().isThrownBy(() -> new Violation(null, "m"));
            assertThatNullPointerException().isThrownBy(() -> new Violation("f", null));
        }

        @Test
        void withdrawalsCopyTheirLists() {
            List<Party> parties = new ArrayList<>(List.of(HEMMA));
            Withdrawal w = new Withdrawal(false, parties, List.of(), List.of());
            parties.clear();
            assertThat(w.parties()).containsExactly(HEMMA);
            assertThat(Withdrawal.wholly().whole()).isTrue();
            assertThatNullPointerException().isThrownBy(() -> new Withdrawal(false, null, List.of(), List.of()));
            assertThatNullPointerException().isThrownBy(() -> new Withdrawal(false, List.of(), null, List.of()));
            assertThatNullPointerException().isThrownBy(() -> new Withdrawal(false, List.of(), List.of(), null));
        }
    }
}
