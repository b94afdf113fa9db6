package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.bokvar.web.caseworker.store.CaseJson;

/** case-service's refusals (legal-rules' messages) in Swedish, and an unknown message kept in the service's words. */
class RefusalsTest {

    static CaseJson.Problem problem(String slug, String detail, CaseJson.FieldError... errors) {
        return new CaseJson.Problem("https://bokvar.se/problems/" + slug, "title", 409, detail, List.of(errors));
    }

    @Test
    void aStepCaseServiceCouldNotCheckWithConsentServiceIsToBeTriedLaterNotAFailure() {
        String detail = "CONTACT_OTHER_ADMINISTRATION was not done: consent-service did not answer (TimeoutException);"
                + " a disclosure is never made without its decision. The refused attempt is recorded on the case (step"
                + " 5b000000-0000-4000-8000-000000000001).";
        Refusal r = Refusals.of(new CaseJson.Problem("https://bokvar.se/problems/dependency-unavailable",
                "A service this request depends on did not answer", 503, detail, List.of()));
        assertThat(r.heading()).isEqualTo("Steget kunde inte göras just nu");
        assertThat(r.reasons()).containsExactly("”Kontakt med annan förvaltning” gjordes inte: samtycket kunde inte"
                + " kontrolleras, eftersom samtyckestjänsten inte svarade. Ingenting lämnades ut och steget är inte"
                + " registrerat som gjort; det nekade försöket är registrerat i ärendet.");
        assertThat(r.tryLater()).isTrue();
        assertThat(Refusals.message("The database is not reachable right now; nothing was changed. Try again in a few seconds."))
                .isEqualTo("Ärendetjänsten når inte sin databas just nu; ingenting har ändrats.");
        assertThat(Refusals.of(problem("consent-required", "x")).tryLater()).isFalse();
        assertThat(Refusals.of(problem("forbidden", "Your unit may not assign caseworkers on this case.")).reasons())
                .containsExactly("Din enhet får inte göra detta i ärendet (bara vuxenenheten i ärendets nämnd och dess"
                        + " arbetsledare).");
        assertThat(Refusals.message("The case is closed; a new notice opens a new case."))
                .isEqualTo("Ärendet är avslutat; en ny underrättelse öppnar ett nytt ärende.");
    }

    @Test
    void aStepOutOfOrder() {
        String msg = "ACTION_PLAN is an investigative step or individual support: it needs an opened investigation"
                + " (INVESTIGATION_OPENED, with the adult's agreement); the case is in PRE_ASSESSMENT";
        Refusal r = Refusals.of(problem("step-refused", msg, new CaseJson.FieldError("kind", msg)));
        assertThat(r.heading()).isEqualTo("Handbokens regler tillåter inte steget just nu");
        assertThat(r.reasons()).containsExactly("”Handlingsplan” är ett utredningssteg eller en insats och kräver att en"
                + " utredning är inledd (steget ”Utredning inledd”, med den vuxnes samtycke). Ärendet är i läget"
                + " Förhandsbedömning.");
        assertThat(r.serviceText()).isEqualTo(msg);
    }

    @Test
    void everyKnownRuleOfTheChecklist() {
        assertThat(Refusals.message("the case is closed: no steps can be recorded on it"))
                .isEqualTo("Ärendet är avslutat: inga steg kan registreras.");
        assertThat(Refusals.message("an investigation follows a pre-assessment: record a position OPEN_PRE_ASSESSMENT on a notice first"))
                .startsWith("En utredning följer på en förhandsbedömning");
        assertThat(Refusals.message("the investigation is already open (the case is in INVESTIGATION)"))
                .isEqualTo("Utredningen är redan inledd (ärendet är i läget Utredning).");
        assertThat(Refusals.message("a follow-up comes after support was decided; the case is in OPENED"))
                .isEqualTo("Uppföljning kommer efter ett beslut om insats; ärendet är i läget Aktualiserat.");
        assertThat(Refusals.message("an investigation cannot be opened against an adult's will: record the adult's agreement"))
                .startsWith("En utredning kan inte inledas mot den vuxnes vilja");
        assertThat(Refusals.message("an unannounced home visit needs at least 3 earlier recorded attempts that failed; 1 recorded"))
                .isEqualTo("Ett oanmält hembesök kräver minst 3 tidigare registrerade kontaktförsök som inte nådde fram;"
                        + " 1 är registrerade.");
    }

    @Test
    void fieldsAreNamedInSwedish() {
        Refusal r = Refusals.of(problem("validation", "The request is invalid",
                new CaseJson.FieldError("adultAgreement", "an investigation cannot be opened against an adult's will:"
                        + " record the adult's agreement"),
                new CaseJson.FieldError("method", "must not be null")));
        assertThat(r.heading()).isEqualTo("Uppgifterna behöver kompletteras");
        assertThat(r.reasons()).containsExactly(
                "Den vuxnes samtycke: En utredning kan inte inledas mot den vuxnes vilja: registrera att den vuxne samtycker.",
                "Kontaktsätt: måste fyllas i.");
    }

    @Test
    void anUnknownMessageIsKeptInTheServicesWords() {
        Refusal r = Refusals.of(problem("something-new", "a brand-new rule says no"));
        assertThat(r.heading()).isEqualTo("Ärendetjänsten tog inte emot ändringen");
        assertThat(r.reasons()).containsExactly("(ärendetjänstens förklaring på engelska) a brand-new rule says no");
        assertThat(Refusals.of(problem("consent-required", "no consent")).heading())
                .isEqualTo("Utlämnande nekat: inget samtycke täcker detta");
    }

    @Test
    void aDisclosureCaseServiceRefusedForWantOfConsentSaysSoInSwedish() {
        String detail = "INFORM_LANDLORD_PLANNED_SUPPORT was not done: Consent 9c0e does not cover LANDLORD hemma-bostader."
                + " The refused attempt is recorded on the case (step 5b00).";
        Refusal r = Refusals.of(problem("consent-required", detail));
        assertThat(r.heading()).isEqualTo("Utlämnande nekat: inget samtycke täcker detta");
        assertThat(r.reasons()).containsExactly("”Information till hyresvärden om planerad insats” gjordes inte: inget"
                + " samtycke eller annat lagstöd täcker mottagaren, syftet och uppgifterna. Ingenting lämnades ut; det"
                + " nekade försöket är registrerat i ärendet.");
        assertThat(r.serviceText()).isEqualTo(detail);
        assertThat(Refusals.message("PAYMENT_COMMITMENT was not done: Consent 9c0e no longer covers LANDLORD x for"
                + " PAYMENT_COMMITMENT / PAYMENT_COMMITMENT: partly withdrawn on 2026-12-07 (version 2). The refused"
                + " attempt is recorded on the case (step 5b00).")).startsWith("”Betalningsförbindelse” gjordes inte:"
                        + " samtycket är återkallat för detta.");
        assertThat(Refusals.message("FOLLOW_UP was not done: Written consent of 2026-01-02 would cover x but ended on"
                + " 2026-06-30. The refused attempt is recorded on the case (step 5b00).")).contains("har upphört att gälla");
    }

    @Test
    void consentServicesRefusalsHaveTheirOwnHeadingsAndWords() {
        Refusal conflict = Refusals.ofConsent(problem("conflict",
                "The change was prepared from version 1 but the consent is at version 3: read it again and retry."));
        assertThat(conflict.heading()).isEqualTo("Samtycket har ändrats sedan sidan visades, eller är helt återkallat");
        assertThat(conflict.reasons()).containsExactly(
                "Samtycket har ändrats sedan sidan visades (version 1, nu version 3): läs sidan igen.");
        Refusal invalid = Refusals.ofConsent(problem("validation", "2 fields are invalid",
                new CaseJson.FieldError("parties[0]", "is not covered by the current version"),
                new CaseJson.FieldError("givenOn", "a brand-new rule")));
        assertThat(invalid.heading()).isEqualTo("Uppgifterna behöver kompletteras");
        assertThat(invalid.reasons()).containsExactly("Vem som får kontaktas: omfattas inte av samtycket nu.",
                "Lämnat den: (samtyckestjänstens förklaring på engelska) a brand-new rule");
        assertThat(Refusals.ofConsent(problem("conflict", "the consent was wholly withdrawn; record a new consent instead."))
                .reasons()).containsExactly("Samtycket är helt återkallat och kan inte ändras: registrera ett nytt samtycke.");
        assertThat(Refusals.ofConsent(problem("something-new", "no")).heading())
                .isEqualTo("Samtyckestjänsten tog inte emot ändringen");
    }
}
