package se.bokvar.rules.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.bokvar.rules.casework.Disclosure.LandlordContact;

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
    }
}
