package se.bokvar.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.bokvar.rules.casework.Disclosure.LandlordContact;
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.PartyKind;
import se.bokvar.rules.consent.Purpose;

class DisclosureTest {

    @Test
    void askingTheReportingLandlordNeedsNoConsentTellingAlwaysDoes() {
        assertThat(Disclosure.forLandlordContact(LandlordContact.ASK_QUESTIONS, true)).isEmpty();
        assertThat(Disclosure.forLandlordContact(LandlordContact.ASK_QUESTIONS, false)).contains(Disclosure.CONTACT_LANDLORD);
        assertThat(Disclosure.forLandlordContact(LandlordContact.DISCLOSE_PLANNED_SUPPORT, true))
                .contains(Disclosure.INFORM_PLANNED_SUPPORT);
        assertThat(Disclosure.forLandlordContact(LandlordContact.DISCLOSE_PLANNED_SUPPORT, false))
                .contains(Disclosure.INFORM_PLANNED_SUPPORT);
        assertThatThrownBy(() -> Disclosure.forLandlordContact(null, true)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theVocabularyOfTheConsentDecisionApi() {
        assertThat(Disclosure.INFORM_PLANNED_SUPPORT.partyKind()).contains("LANDLORD");
        assertThat(Disclosure.INFORM_PLANNED_SUPPORT.purpose()).isEqualTo("INFORM_PLANNED_SUPPORT");
        assertThat(Disclosure.INFORM_PLANNED_SUPPORT.category()).isEqualTo("PLANNED_SUPPORT");
        assertThat(Disclosure.PAYMENT_COMMITMENT.partyKind()).contains("LANDLORD");
        assertThat(Disclosure.PAYMENT_COMMITMENT.purpose()).isEqualTo("PAYMENT_COMMITMENT");
        assertThat(Disclosure.PAYMENT_COMMITMENT.category()).isEqualTo("PAYMENT_COMMITMENT");
        assertThat(Disclosure.CONTACT_ADMINISTRATION.partyKind()).contains("OTHER_ADMINISTRATION");
        assertThat(Disclosure.CONTACT_ADMINISTRATION.purpose()).isEqualTo("CONTACT_ADMINISTRATION");
        assertThat(Disclosure.CONTACT_ADMINISTRATION.category()).isEqualTo("CASE_STATUS");
        assertThat(Disclosure.FOLLOW_UP.partyKind()).isEmpty();
        assertThat(Disclosure.FOLLOW_UP.purpose()).isEqualTo("FOLLOW_UP");
        assertThat(Disclosure.CONTACT_LANDLORD.partyKind()).contains("LANDLORD");
        assertThat(Disclosure.CONTACT_LANDLORD.purpose()).isEqualTo("CONTACT_LANDLORD");
        assertThat(Disclosure.CONTACT_LANDLORD.category()).isEqualTo("CASE_STATUS");
        assertThat(Disclosure.REQUEST_POSTPONEMENT.partyKind()).contains("KRONOFOGDEN");
        assertThat(Disclosure.REQUEST_POSTPONEMENT.purpose()).isEqualTo("REQUEST_POSTPONEMENT");
        assertThat(Disclosure.REQUEST_POSTPONEMENT.category()).isEqualTo("HOUSEHOLD_SITUATION");
        assertThat(Disclosure.REQUEST_POSTPONEMENT_ON_HEALTH_GROUNDS.partyKind()).contains("KRONOFOGDEN");
        assertThat(Disclosure.REQUEST_POSTPONEMENT_ON_HEALTH_GROUNDS.purpose()).isEqualTo("REQUEST_POSTPONEMENT");
        assertThat(Disclosure.REQUEST_POSTPONEMENT_ON_HEALTH_GROUNDS.category()).isEqualTo("HEALTH");
    }

    @Test
    void everyDisclosureSpeaksTheConsentModelsVocabulary() {
        for (Disclosure d : Disclosure.values()) {
            assertThat(Purpose.valueOf(d.purpose())).as(d.name()).isNotNull();
            assertThat(Category.valueOf(d.category())).as(d.name()).isNotNull();
            d.partyKind().ifPresent(kind -> assertThat(PartyKind.valueOf(kind)).as(d.name()).isNotNull());
        }
    }

    @Test
    void aPostponementRequestDisclosesHealthOnlyOnTheGroundsOfIllness() {
        for (PostponementGrounds grounds : PostponementGrounds.values()) {
            Disclosure d = Disclosure.forPostponement(grounds);
            assertThat(d.purpose()).isEqualTo("REQUEST_POSTPONEMENT");
            assertThat(d.partyKind()).contains("KRONOFOGDEN");
            assertThat(d.category()).as(grounds.name()).isEqualTo(grounds == PostponementGrounds.ILLNESS ? "HEALTH"
                    : "HOUSEHOLD_SITUATION");
        }
        assertThatThrownBy(() -> Disclosure.forPostponement(null)).isInstanceOf(NullPointerException.class);
    }
}
