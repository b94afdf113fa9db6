package se.bokvar.rules.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static se.bokvar.rules.consent.Fixtures.ALVSTADEN;
import static se.bokvar.rules.consent.Fixtures.BUDGET;
import static se.bokvar.rules.consent.Fixtures.DISABILITY;
import static se.bokvar.rules.consent.Fixtures.ELDERLY;
import static se.bokvar.rules.consent.Fixtures.HEMMA;
import static se.bokvar.rules.consent.Fixtures.KFM;
import static se.bokvar.rules.consent.Fixtures.NOW;
import static se.bokvar.rules.consent.Fixtures.RELATIVE;
import static se.bokvar.rules.consent.Fixtures.SCHOOL;
import static se.bokvar.rules.consent.Fixtures.ask;
import static se.bokvar.rules.consent.Fixtures.consent;
import static se.bokvar.rules.consent.Fixtures.osl;
import static se.bokvar.rules.consent.Fixtures.scope;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import se.bokvar.rules.consent.Decision.Outcome;
import se.bokvar.rules.consent.Decision.ReasonCode;

class ConsentDecisionsTest {

    static final UUID A = new UUID(0, 1);
    static final UUID B = new UUID(0, 2);
    static final UUID C = new UUID(0, 3);

    /** Hemma and budget counselling, for planned support and the payment commitment, those two categories. */
    static final Scope LANDLORD_SCOPE = scope(Set.of(HEMMA, BUDGET),
            Set.of(Purpose.INFORM_PLANNED_SUPPORT, Purpose.PAYMENT_COMMITMENT),
            Set.of(Category.PLANNED_SUPPORT, Category.PAYMENT_COMMITMENT));

    static final DisclosureRequest COMMITMENT = ask(HEMMA, Purpose.PAYMENT_COMMITMENT, Category.PAYMENT_COMMITMENT);

    static Decision decide(DisclosureRequest request, ConsentRecord... records) {
        return ConsentDecisions.decide(List.of(records), request, NOW);
    }

    @Nested
    class DefaultDeny {

        @Test
        void withNoRecordEverythingIsDenied() {
            for (Party party : List.of(HEMMA, ELDERLY, BUDGET, KFM, RELATIVE)) {
                for (Purpose purpose : Purpose.values()) {
                    for (Category category : Category.values()) {
                        Decision d = ConsentDecisions.decide(List.of(), ask(party, purpose, category), NOW);
                        assertThat(d.outcome()).isEqualTo(Outcome.DENY);
                        assertThat(d.reasonCode()).isEqualTo(ReasonCode.NO_CONSENT);
                        assertThat(d.consentId()).isNull();
                        assertThat(d.consentVersion()).isNull();
                        assertThat(d.legalGround()).isNull();
                        assertThat(d.allowed()).isFalse();
                    }
                }
            }
        }

        @Test
        void theReasonSaysDenyByDefault() {
            assertThat(ConsentDecisions.decide(List.of(), COMMITMENT, NOW).reason())
                    .isEqualTo("No consent or other legal ground is recorded for this person on this case; the default is deny");
        }

        @Test
        void nullsAreRefused() {
            assertThatNullPointerException().isThrownBy(() -> ConsentDecisions.decide(null, COMMITMENT, NOW));
            assertThatNullPointerException().isThrownBy(() -> ConsentDecisions.decide(List.of(), null, NOW));
            assertThatNullPointerException().isThrownBy(() -> ConsentDecisions.decide(List.of(), COMMITMENT, null));
        }
    }

    @Nested
    class Coverage {

        /** Every party x purpose x category of the scope is allowed; every request outside it is denied, naming what is missing. */
        @Test
        void aConsentCoversExactlyEveryCombinationOfItsLists() {
            ConsentRecord record = consent(LANDLORD_SCOPE).build();
            List<Party> parties = List.of(HEMMA, ALVSTADEN, ELDERLY, DISABILITY, SCHOOL, BUDGET, KFM, RELATIVE);
            int allowed = 0;
            for (Party party : parties) {
                for (Purpose purpose : Purpose.values()) {
                    for (Category category : Category.values()) {
                        Decision d = decide(ask(party, purpose, category), record);
                        ReasonCode expected = !LANDLORD_SCOPE.parties().contains(party) ? ReasonCode.NOT_COVERED_PARTY
                                : !LANDLORD_SCOPE.purposes().contains(purpose) ? ReasonCode.NOT_COVERED_PURPOSE
                                : !LANDLORD_SCOPE.categories().contains(category) ? ReasonCode.NOT_COVERED_CATEGORY
                                : ReasonCode.COVERED;
                        assertThat(d.reasonCode()).as("%s %s %s", party, purpose, category).isEqualTo(expected);
                        assertThat(d.allowed()).isEqualTo(expected == ReasonCode.COVERED);
                        assertThat(d.consentId()).isEqualTo(A);
                        assertThat(d.consentVersion()).isEqualTo(1);
                        assertThat(d.legalGround()).isEqualTo(LegalGround.CONSENT);
                        if (d.allowed()) {
                            allowed++;
                        }
                    }
                }
            }
            assertThat(allowed).isEqualTo(2 * 2 * 2);
        }

        @Test
        void theAllowNamesTheWrittenConsentItRestsOn() {
            Decision d = decide(COMMITMENT, consent(LANDLORD_SCOPE).build());
            assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
            assertThat(d.reasonCode()).isEqualTo(ReasonCode.COVERED);
            assertThat(d.reason()).isEqualTo(
                    "Written consent of 2026-11-20 covers LANDLORD hemma-bostader for PAYMENT_COMMITMENT / PAYMENT_COMMITMENT");
        }

        @Test
        void anOralConsentIsNamedAsSuch() {
            Decision d = decide(COMMITMENT, consent(LANDLORD_SCOPE).form(ConsentForm.ORAL_DOCUMENTED).build());
            assertThat(d.reason()).startsWith("Oral, documented consent of 2026-11-20 covers");
            Decision noForm = decide(COMMITMENT, consent(LANDLORD_SCOPE).form(null).build());
            assertThat(noForm.reason()).startsWith("Consent of 2026-11-20 covers");
        }

        @Test
        void anEndDateIsMentioned() {
            Decision d = decide(COMMITMENT, consent(LANDLORD_SCOPE).validUntil(LocalDate.of(2027, 5, 31)).build());
            assertThat(d.reason()).endsWith("PAYMENT_COMMITMENT / PAYMENT_COMMITMENT (valid until 2027-05-31)");
        }

        @Test
        void aDifferentLandlordIsAnotherParty() {
            Decision d = decide(ask(ALVSTADEN, Purpose.PAYMENT_COMMITMENT, Category.PAYMENT_COMMITMENT),
                    consent(LANDLORD_SCOPE).build());
            assertThat(d.reasonCode()).isEqualTo(ReasonCode.NOT_COVERED_PARTY);
            assertThat(d.reason()).isEqualTo("Consent " + A + " does not cover LANDLORD alvstaden-fastigheter");
        }

        @Test
        void deniedPurposeAndCategorySentences() {
            ConsentRecord record = consent(LANDLORD_SCOPE).build();
            assertThat(decide(ask(HEMMA, Purpose.FOLLOW_UP, Category.PLANNED_SUPPORT), record).reason())
                    .isEqualTo("Consent " + A + " covers LANDLORD hemma-bostader but not the purpose FOLLOW_UP");
            assertThat(decide(ask(HEMMA, Purpose.PAYMENT_COMMITMENT, Category.HEALTH), record).reason())
                    .isEqualTo("Consent " + A + " covers LANDLORD hemma-bostader for PAYMENT_COMMITMENT but not the category HEALTH");
        }
    }

    @Nested
    class PartialWithdrawal {

        @Test
        void ofOnePartyDeniesThatPartyAndKeepsTheOthers() {
            ConsentRecord record = consent(LANDLORD_SCOPE).withdraw(Withdrawal.party(HEMMA)).build();
            Decision hemma = decide(COMMITMENT, record);
            assertThat(hemma.outcome()).isEqualTo(Outcome.DENY);
            assertThat(hemma.reasonCode()).isEqualTo(ReasonCode.WITHDRAWN);
            assertThat(hemma.consentVersion()).isEqualTo(2);
            assertThat(hemma.reason()).isEqualTo("Consent " + A + " no longer covers LANDLORD hemma-bostader for"
                    + " PAYMENT_COMMITMENT / PAYMENT_COMMITMENT: partly withdrawn on 2026-11-21 (version 2)");
            Decision budget = decide(ask(BUDGET, Purpose.PAYMENT_COMMITMENT, Category.PAYMENT_COMMITMENT), record);
            assertThat(budget.allowed()).isTrue();
            assertThat(budget.consentVersion()).isEqualTo(2);
        }

        @Test
        void ofOnePurposeDeniesItTowardsEveryPartyAndKeepsTheOtherPurposes() {
            ConsentRecord record = consent(LANDLORD_SCOPE).withdraw(Withdrawal.purpose(Purpose.PAYMENT_COMMITMENT)).build();
            for (Party party : List.of(HEMMA, BUDGET)) {
                for (Category category : List.of(Category.PLANNED_SUPPORT, Category.PAYMENT_COMMITMENT)) {
                    assertThat(decide(ask(party, Purpose.PAYMENT_COMMITMENT, category), record).reasonCode())
                            .isEqualTo(ReasonCode.WITHDRAWN);
                    assertThat(decide(ask(party, Purpose.INFORM_PLANNED_SUPPORT, category), record).allowed()).isTrue();
                }
            }
        }

        @Test
        void ofOneCategoryDeniesItTowardsEveryPartyAndKeepsTheOtherCategories() {
            ConsentRecord record = consent(LANDLORD_SCOPE).withdraw(Withdrawal.category(Category.PAYMENT_COMMITMENT)).build();
            for (Party party : List.of(HEMMA, BUDGET)) {
                for (Purpose purpose : List.of(Purpose.INFORM_PLANNED_SUPPORT, Purpose.PAYMENT_COMMITMENT)) {
                    assertThat(decide(ask(party, purpose, Category.PAYMENT_COMMITMENT), record).reasonCode())
                            .isEqualTo(ReasonCode.WITHDRAWN);
                    assertThat(decide(ask(party, purpose, Category.PLANNED_SUPPORT), record).allowed()).isTrue();
                }
            }
        }

        @Test
        void ofSeveralItemsAtOnce() {
            ConsentRecord record = consent(LANDLORD_SCOPE).withdraw(new Withdrawal(false, List.of(BUDGET),
                    List.of(Purpose.INFORM_PLANNED_SUPPORT), List.of())).build();
            assertThat(decide(COMMITMENT, record).allowed()).isTrue();
            assertThat(decide(ask(BUDGET, Purpose.PAYMENT_COMMITMENT, Category.PAYMENT_COMMITMENT), record).reasonCode())
                    .isEqualTo(ReasonCode.WITHDRAWN);
            assertThat(decide(ask(HEMMA, Purpose.INFORM_PLANNED_SUPPORT, Category.PLANNED_SUPPORT), record).reasonCode())
                    .isEqualTo(ReasonCode.WITHDRAWN);
        }

        @Test
        void stepByStepEachWithdrawalTakesEffectAtItsVersion() {
            Fixtures.Builder b = consent(LANDLORD_SCOPE);
            assertThat(decide(COMMITMENT, b.build()).allowed()).isTrue();
            b.withdraw(Withdrawal.purpose(Purpose.INFORM_PLANNED_SUPPORT));
            assertThat(decide(COMMITMENT, b.build()).allowed()).isTrue();
            b.withdraw(Withdrawal.category(Category.PAYMENT_COMMITMENT));
            Decision d = decide(COMMITMENT, b.build());
            assertThat(d.reasonCode()).isEqualTo(ReasonCode.WITHDRAWN);
            assertThat(d.consentVersion()).isEqualTo(3);
            assertThat(d.reason()).endsWith("partly withdrawn on 2026-11-22 (version 3)");
            // a later, unrelated withdrawal: the reason still names the version that took this away
            b.withdraw(Withdrawal.party(BUDGET));
            Decision later = decide(COMMITMENT, b.build());
            assertThat(later.consentVersion()).isEqualTo(4);
            assertThat(later.reason()).endsWith("partly withdrawn on 2026-11-22 (version 3)");
        }

        @Test
        void aWithdrawalThatEmptiesAListIsAWholeWithdrawal() {
            Scope onePurpose = scope(Set.of(HEMMA, BUDGET), Set.of(Purpose.PAYMENT_COMMITMENT),
                    Set.of(Category.PAYMENT_COMMITMENT));
            ConsentRecord record = consent(onePurpose).withdraw(Withdrawal.purpose(Purpose.PAYMENT_COMMITMENT)).build();
            assertThat(record.current().change()).isEqualTo(ChangeKind.WITHDRAWN);
            Decision d = decide(ask(BUDGET, Purpose.PAYMENT_COMMITMENT, Category.PAYMENT_COMMITMENT), record);
            assertThat(d.reasonCode()).isEqualTo(ReasonCode.WITHDRAWN);
            assertThat(d.reason()).endsWith("wholly withdrawn on 2026-11-21 (version 2)");
        }

        @Test
        void anExtensionAfterAWithdrawalCoversAgainAndCitesTheExtension() {
            ConsentRecord record = consent(LANDLORD_SCOPE).withdraw(Withdrawal.party(HEMMA))
                    .change(LANDLORD_SCOPE).build();
            Decision d = decide(COMMITMENT, record);
            assertThat(d.allowed()).isTrue();
            assertThat(d.consentVersion()).isEqualTo(3);
            assertThat(d.reason()).startsWith("Oral, documented consent of 2026-11-22 covers");
        }

        @Test
        void anExtensionOfSomethingElseKeepsCitingTheOriginalConsent() {
            Scope wider = scope(Set.of(HEMMA, BUDGET, ELDERLY), LANDLORD_SCOPE.purposes(), LANDLORD_SCOPE.categories());
            ConsentRecord record = consent(LANDLORD_SCOPE).change(wider).build();
            Decision d = decide(COMMITMENT, record);
            assertThat(d.consentVersion()).isEqualTo(2);
            assertThat(d.reason()).startsWith("Written consent of 2026-11-20 covers");
        }
    }

    @Nested
    class WholeWithdrawal {

        @Test
        void deniesEverythingTheConsentCovered() {
            ConsentRecord record = consent(LANDLORD_SCOPE).withdraw(Withdrawal.wholly()).build();
            for (Party party : LANDLORD_SCOPE.parties()) {
                for (Purpose purpose : LANDLORD_SCOPE.purposes()) {
                    for (Category category : LANDLORD_SCOPE.categories()) {
                        Decision d = decide(ask(party, purpose, category), record);
                        assertThat(d.reasonCode()).isEqualTo(ReasonCode.WITHDRAWN);
                        assertThat(d.consentVersion()).isEqualTo(2);
                        assertThat(d.reason()).endsWith("wholly withdrawn on 2026-11-21 (version 2)");
                    }
                }
            }
        }

        @Test
        void somethingItNeverCoveredIsNotCoveredAndSaysItWasWithdrawn() {
            ConsentRecord record = consent(LANDLORD_SCOPE).withdraw(Withdrawal.wholly()).build();
            Decision d = decide(ask(KFM, Purpose.OTHER, Category.CASE_STATUS), record);
            assertThat(d.reasonCode()).isEqualTo(ReasonCode.NOT_COVERED_PARTY);
            assertThat(d.reason()).isEqualTo("Consent " + A + " does not cover KRONOFOGDEN kronofogden"
                    + " (wholly withdrawn on 2026-11-21, version 2)");
        }

        @Test
        void partlyThenWhollyWithdrawnNamesTheFirstWithdrawalThatTookTheRequestAway() {
            ConsentRecord record = consent(LANDLORD_SCOPE).withdraw(Withdrawal.party(HEMMA))
                    .withdraw(Withdrawal.wholly()).build();
            Decision d = decide(COMMITMENT, record);
            assertThat(d.reasonCode()).isEqualTo(ReasonCode.WITHDRAWN);
            assertThat(d.consentVersion()).isEqualTo(3);
            assertThat(d.reason()).endsWith("partly withdrawn on 2026-11-21 (version 2)");
        }
    }

    @Nested
    class EndDate {

        @ParameterizedTest(name = "valid until {0}, asked at {1}: {2}")
        @CsvSource({
            // winter: Stockholm is UTC+1
            "2026-12-31, 2026-12-31T22:59:59Z, COVERED",
            "2026-12-31, 2026-12-31T23:00:00Z, EXPIRED",
            "2026-12-31, 2026-12-30T23:00:00Z, COVERED",
            // summer: UTC+2
            "2027-07-14, 2027-07-14T21:59:59Z, COVERED",
            "2027-07-14, 2027-07-14T22:00:00Z, EXPIRED",
            // the last day of the validity is the day of the decision in Stockholm, not in UTC
            "2027-03-01, 2027-03-01T00:30:00Z, COVERED",
            "2027-03-01, 2027-02-28T23:30:00Z, COVERED",
            "2027-02-28, 2027-02-28T23:30:00Z, EXPIRED",
        })
        void aConsentHoldsThroughItsLastDayInStockholm(LocalDate validUntil, Instant now, ReasonCode expected) {
            ConsentRecord record = consent(LANDLORD_SCOPE).validUntil(validUntil).build();
            Decision d = ConsentDecisions.decide(List.of(record), COMMITMENT, now);
            assertThat(d.reasonCode()).isEqualTo(expected);
            assertThat(d.consentId()).isEqualTo(A);
            assertThat(d.consentVersion()).isEqualTo(1);
        }

        @Test
        void theExpiredReasonNamesTheEndDate() {
            ConsentRecord record = consent(LANDLORD_SCOPE).validUntil(LocalDate.of(2026, 11, 24)).build();
            Decision d = decide(COMMITMENT, record);
            assertThat(d.outcome()).isEqualTo(Outcome.DENY);
            assertThat(d.reason()).isEqualTo("Written consent of 2026-11-20 would cover LANDLORD hemma-bostader for"
                    + " PAYMENT_COMMITMENT / PAYMENT_COMMITMENT but ended on 2026-11-24");
        }

        @Test
        void aWithdrawalWeighsMoreThanAnEndDate() {
            ConsentRecord record = consent(LANDLORD_SCOPE).validUntil(LocalDate.of(2026, 11, 24))
                    .withdraw(Withdrawal.party(HEMMA)).build();
            assertThat(decide(COMMITMENT, record).reasonCode()).isEqualTo(ReasonCode.WITHDRAWN);
        }

        @Test
        void somethingNotCoveredStaysNotCoveredAfterTheEndDate() {
            ConsentRecord record = consent(LANDLORD_SCOPE).validUntil(LocalDate.of(2026, 11, 24)).build();
            assertThat(decide(ask(KFM, Purpose.OTHER, Category.OTHER), record).reasonCode())
                    .isEqualTo(ReasonCode.NOT_COVERED_PARTY);
        }
    }

    @Nested
    class OtherLegalGrounds {

        static final Scope ELDERLY_SCOPE = scope(Set.of(ELDERLY), Set.of(Purpose.CONTACT_ADMINISTRATION),
                Set.of(Category.PLANNED_SUPPORT, Category.HOUSEHOLD_SITUATION));
        static final DisclosureRequest TO_ELDERLY_CARE = ask(ELDERLY, Purpose.CONTACT_ADMINISTRATION,
                Category.PLANNED_SUPPORT);

        @Test
        void osl26_9cCoversTheElderlyCareAdministration() {
            Decision d = decide(TO_ELDERLY_CARE, osl(B, ELDERLY_SCOPE).build());
            assertThat(d.allowed()).isTrue();
            assertThat(d.legalGround()).isEqualTo(LegalGround.OSL_26_9C);
            assertThat(d.consentId()).isEqualTo(B);
            assertThat(d.reason()).isEqualTo("Recorded legal ground OSL 26 kap. 9 c § of 2026-11-20 covers"
                    + " OTHER_ADMINISTRATION elderly-care for CONTACT_ADMINISTRATION / PLANNED_SUPPORT");
        }

        @Test
        void osl26_9cNeverReachesALandlordEvenIfARecordSaysSo() {
            // a record that bypassed validation: the decision still refuses
            Scope wrong = scope(Set.of(HEMMA), Set.of(Purpose.PAYMENT_COMMITMENT), Set.of(Category.PAYMENT_COMMITMENT));
            Decision d = decide(COMMITMENT, osl(B, wrong).build());
            assertThat(d.outcome()).isEqualTo(Outcome.DENY);
            assertThat(d.reasonCode()).isEqualTo(ReasonCode.NOT_COVERED_PARTY);
            assertThat(d.reason()).isEqualTo("OSL 26 kap. 9 c § does not reach LANDLORD hemma-bostader"
                    + " (Recorded legal ground OSL 26 kap. 9 c § " + B + ")");
        }

        @Test
        void osl26_9cIsNeverAssumed() {
            // no record: deny, even towards elderly care
            assertThat(ConsentDecisions.decide(List.of(), TO_ELDERLY_CARE, NOW).reasonCode()).isEqualTo(ReasonCode.NO_CONSENT);
        }

        @Test
        void consentIsCitedBeforeAnotherGroundWhenBothCover() {
            ConsentRecord ground = osl(A, ELDERLY_SCOPE).recordedAt(Instant.parse("2026-11-24T09:00:00Z")).build();
            ConsentRecord consent = consent(C, ELDERLY_SCOPE).build();
            Decision d = decide(TO_ELDERLY_CARE, ground, consent);
            assertThat(d.legalGround()).isEqualTo(LegalGround.CONSENT);
            assertThat(d.consentId()).isEqualTo(C);
        }

        @Test
        void aWithdrawnConsentLeavesTheOtherGroundStanding() {
            ConsentRecord consent = consent(C, ELDERLY_SCOPE).withdraw(Withdrawal.wholly()).build();
            Decision d = decide(TO_ELDERLY_CARE, consent, osl(B, ELDERLY_SCOPE).build());
            assertThat(d.allowed()).isTrue();
            assertThat(d.legalGround()).isEqualTo(LegalGround.OSL_26_9C);
        }

        @Test
        void anEndedGroundIsExpiredAndNamed() {
            ConsentRecord record = osl(B, ELDERLY_SCOPE).validUntil(LocalDate.of(2026, 11, 21)).build();
            Decision d = decide(TO_ELDERLY_CARE, record);
            assertThat(d.reasonCode()).isEqualTo(ReasonCode.EXPIRED);
            assertThat(d.reason()).startsWith("Recorded legal ground OSL 26 kap. 9 c § of 2026-11-20 would cover");
            assertThat(decide(ask(ELDERLY, Purpose.FOLLOW_UP, Category.PLANNED_SUPPORT), record).reason())
                    .isEqualTo("Recorded legal ground OSL 26 kap. 9 c § " + B
                            + " covers OTHER_ADMINISTRATION elderly-care but not the purpose FOLLOW_UP");
        }
    }

    @Nested
    class VersionAndRecordChosen {

        @Test
        void theLatestVersionDecidesWhateverItsRecordedTime() {
            // the withdrawal was recorded by a node whose clock runs ahead of ours: it still applies
            Fixtures.Builder b = consent(LANDLORD_SCOPE).withdraw(Withdrawal.party(HEMMA))
                    .recordedAt(NOW.plusSeconds(3600));
            assertThat(decide(COMMITMENT, b.build()).reasonCode()).isEqualTo(ReasonCode.WITHDRAWN);
        }

        @Test
        void theOrderOfTheVersionsDoesNotMatter() {
            Fixtures.Builder b = consent(LANDLORD_SCOPE).withdraw(Withdrawal.party(HEMMA));
            List<ConsentVersion> reversed = new ArrayList<>(b.versions);
            Collections.reverse(reversed);
            Decision d = decide(COMMITMENT, new ConsentRecord(A, LegalGround.CONSENT, reversed));
            assertThat(d.reasonCode()).isEqualTo(ReasonCode.WITHDRAWN);
            assertThat(d.consentVersion()).isEqualTo(2);
        }

        @Test
        void anyCoveringRecordAllowsWhateverTheOthersSay() {
            ConsentRecord withdrawn = consent(A, LANDLORD_SCOPE).withdraw(Withdrawal.wholly()).build();
            ConsentRecord other = consent(B, scope(Set.of(HEMMA), Set.of(Purpose.PAYMENT_COMMITMENT),
                    Set.of(Category.PAYMENT_COMMITMENT))).build();
            ConsentRecord unrelated = consent(C, scope(Set.of(KFM), Set.of(Purpose.OTHER), Set.of(Category.OTHER))).build();
            for (List<ConsentRecord> order : List.of(List.of(withdrawn, other, unrelated), List.of(unrelated, other, withdrawn))) {
                Decision d = ConsentDecisions.decide(order, COMMITMENT, NOW);
                assertThat(d.allowed()).isTrue();
                assertThat(d.consentId()).isEqualTo(B);
            }
        }

        @Test
        void amongCoveringConsentsTheMostRecentlyRecordedIsCitedThenTheLowestId() {
            ConsentRecord older = consent(A, LANDLORD_SCOPE).build();
            ConsentRecord newer = consent(B, LANDLORD_SCOPE).recordedAt(Fixtures.T0.plusSeconds(60)).build();
            assertThat(decide(COMMITMENT, older, newer).consentId()).isEqualTo(B);
            assertThat(decide(COMMITMENT, newer, older).consentId()).isEqualTo(B);
            ConsentRecord twin = consent(C, LANDLORD_SCOPE).build();
            assertThat(decide(COMMITMENT, twin, older).consentId()).isEqualTo(A);
            assertThat(decide(COMMITMENT, older, twin).consentId()).isEqualTo(A);
        }

        @Test
        void aDenyCitesTheRecordThatCameClosest() {
            ConsentRecord party = consent(A, scope(Set.of(KFM), Set.of(Purpose.OTHER), Set.of(Category.OTHER)))
                    .recordedAt(Fixtures.T0.plusSeconds(600)).build();
            ConsentRecord purpose = consent(B, scope(Set.of(HEMMA), Set.of(Purpose.FOLLOW_UP), Set.of(Category.OTHER))).build();
            ConsentRecord category = consent(C, scope(Set.of(HEMMA), Set.of(Purpose.PAYMENT_COMMITMENT),
                    Set.of(Category.CASE_STATUS))).build();
            assertThat(decide(COMMITMENT, party, purpose, category).reasonCode()).isEqualTo(ReasonCode.NOT_COVERED_CATEGORY);
            assertThat(decide(COMMITMENT, category, purpose, party).consentId()).isEqualTo(C);
            assertThat(decide(COMMITMENT, party, purpose).reasonCode()).isEqualTo(ReasonCode.NOT_COVERED_PURPOSE);
            assertThat(decide(COMMITMENT, purpose, party).consentId()).isEqualTo(B);
            ConsentRecord withdrawn = consent(new UUID(0, 9), LANDLORD_SCOPE).withdraw(Withdrawal.party(HEMMA)).build();
            assertThat(decide(COMMITMENT, category, withdrawn, party).reasonCode()).isEqualTo(ReasonCode.WITHDRAWN);
        }

        @Test
        void amongEquallyCloseDeniesTheMostRecentlyRecordedIsCitedThenTheLowestId() {
            ConsentRecord older = consent(A, scope(Set.of(KFM), Set.of(Purpose.OTHER), Set.of(Category.OTHER))).build();
            ConsentRecord newer = consent(B, scope(Set.of(RELATIVE), Set.of(Purpose.OTHER), Set.of(Category.OTHER)))
                    .recordedAt(Fixtures.T0.plusSeconds(1)).build();
            assertThat(decide(COMMITMENT, older, newer).consentId()).isEqualTo(B);
            assertThat(decide(COMMITMENT, newer, older).consentId()).isEqualTo(B);
            ConsentRecord twin = consent(C, scope(Set.of(RELATIVE), Set.of(Purpose.OTHER), Set.of(Category.OTHER))).build();
            assertThat(decide(COMMITMENT, twin, older).consentId()).isEqualTo(A);
            assertThat(decide(COMMITMENT, older, twin).consentId()).isEqualTo(A);
        }
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void theWrittenPaymentCommitmentIsACategoryLikeAnyOther(Category category) {
        ConsentRecord record = consent(scope(Set.of(HEMMA), Set.of(Purpose.PAYMENT_COMMITMENT), EnumSet.of(category))).build();
        assertThat(decide(ask(HEMMA, Purpose.PAYMENT_COMMITMENT, category), record).allowed()).isTrue();
        assertThat(decide(COMMITMENT, record).allowed()).isEqualTo(category == Category.PAYMENT_COMMITMENT);
    }
}
