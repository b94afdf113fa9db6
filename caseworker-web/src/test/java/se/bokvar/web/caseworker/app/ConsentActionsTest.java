package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.Purpose;
import se.bokvar.web.caseworker.store.CaseJson;
import se.bokvar.web.caseworker.store.CaseServiceRefusal;
import se.bokvar.web.caseworker.store.ConsentJson;
import se.bokvar.web.caseworker.store.ConsentService;

/** The Samtycke page's forms as consent-service's JSON: parties, codes, terms, and what is refused before sending. */
class ConsentActionsTest {

    static final UUID CASE = UUID.fromString("0b9c2d4e-1111-4a5b-9c3d-2e4f6a8b0c1d");

    @Test
    void partiesFromCheckboxesATypedLandlordAndANamedPartyEachOnce() {
        var scope = new ConsentActions.ScopeForm(List.of("OTHER_ADMINISTRATION:elderly-care", "junk", ":x", "KRONOFOGDEN:"),
                " Hemma-Bostader ", null, "Moster Eva", null, null, null, null);
        List<Map<String, Object>> current = List.of(Map.of("kind", "LANDLORD", "id", "hemma-bostader", "name", "Hemma"));
        List<Map<String, Object>> parties = ConsentActions.parties(scope, current);
        assertThat(parties).hasSize(3);
        assertThat(parties.get(0)).containsEntry("name", "Hemma");
        assertThat(parties.get(1)).isEqualTo(Map.of("kind", "OTHER_ADMINISTRATION", "id", "elderly-care"));
        assertThat(parties.get(2)).containsEntry("kind", "NAMED_PARTY").containsEntry("name", "Moster Eva");
        assertThat((String) parties.get(2).get("id")).startsWith("namngiven-").doesNotContain("eva");
    }

    @Test
    void onlyKnownCodesAfterTheCurrentOnes() {
        assertThat(ConsentActions.codes(List.of("HEALTH", "HEALTH", "nope", "PLANNED_SUPPORT"), Category.class,
                List.of("PLANNED_SUPPORT"))).containsExactly("PLANNED_SUPPORT", "HEALTH");
        assertThat(ConsentActions.codes(null, Purpose.class, List.of())).isEmpty();
    }

    @Test
    void recordingAnotherLegalGroundSendsNoFormAndIncompleteFormsAreRefusedBeforeSending() {
        Recording service = new Recording();
        ConsentActions actions = new ConsentActions(service);
        var scope = new ConsentActions.ScopeForm(List.of("OTHER_ADMINISTRATION:disability-support"), null, null, null,
                List.of("CONTACT_ADMINISTRATION"), List.of("CASE_STATUS"), " ", null);
        assertThat(actions.record(CASE, "19850315-2384", "OSL_26_9C", scope,
                new ConsentActions.TermsForm("WRITTEN", "2026-12-07", null, null, null))).isEmpty();
        assertThat(service.sent).containsExactly(Map.of("personalIdentityNumber", "19850315-2384", "legalGround", "OSL_26_9C",
                "parties", List.of(Map.of("kind", "OTHER_ADMINISTRATION", "id", "disability-support")),
                "purposes", List.of("CONTACT_ADMINISTRATION"), "categories", List.of("CASE_STATUS"), "givenOn", "2026-12-07"));

        service.sent.clear();
        assertThat(actions.record(CASE, " ", "CONSENT", scope, new ConsentActions.TermsForm(null, "2026-12-07", null, null, null)))
                .hasValueSatisfying(r -> assertThat(r.reasons()).containsExactly("Person: välj vems samtycke det är."));
        assertThat(actions.record(CASE, "19850315-2384", "CONSENT", scope,
                new ConsentActions.TermsForm(null, "7/12", null, null, null))).isPresent();
        assertThat(actions.record(CASE, "19850315-2384", "CONSENT", scope,
                new ConsentActions.TermsForm(null, "2026-12-07", "snart", null, null))).isPresent();
        assertThat(actions.withdraw(UUID.randomUUID(), "0", "ja", null, null, null, "2026-12-07", null, null)).isPresent();
        assertThat(service.sent).isEmpty();
    }

    @Test
    void aFormToSignSendsThePersonAndTheScopeAndIsRefusedBeforeSendingWhenIncomplete() {
        Recording service = new Recording();
        ConsentActions actions = new ConsentActions(service);
        ConsentActions.ScopeForm scope = new ConsentActions.ScopeForm(List.of("LANDLORD:hemma-bostader"), null, null,
                null, List.of("INFORM_PLANNED_SUPPORT", "NOT_A_PURPOSE"), List.of("PLANNED_SUPPORT"), null, " ");
        ConsentActions.Printable printed = actions.formToSign(CASE, " 19850315-2384 ", scope, "2027-05-31");
        assertThat(printed.refusal()).isNull();
        assertThat(printed.html()).isEqualTo("<h1>Samtycke</h1>");
        assertThat(service.sent).containsExactly(Map.of("personalIdentityNumber", "19850315-2384",
                "parties", List.of(Map.of("kind", "LANDLORD", "id", "hemma-bostader")),
                "purposes", List.of("INFORM_PLANNED_SUPPORT"), "categories", List.of("PLANNED_SUPPORT"),
                "validUntil", "2027-05-31"));

        service.sent.clear();
        assertThat(actions.formToSign(CASE, " ", scope, null).refusal().reasons())
                .containsExactly("Person: välj vem blanketten gäller.");
        assertThat(actions.formToSign(CASE, "19850315-2384", scope, "snart").refusal().reasons().get(0))
                .startsWith("Gäller till och med:");
        ConsentActions.ScopeForm noPurpose = new ConsentActions.ScopeForm(List.of("LANDLORD:hemma-bostader"), null,
                null, null, List.of(), List.of("PLANNED_SUPPORT"), null, null);
        assertThat(actions.formToSign(CASE, "19850315-2384", noPurpose, null).refusal().reasons())
                .containsExactly("Kryssa i minst en mottagare, ett syfte och en uppgift.");
        assertThat(service.sent).isEmpty();

        service.refuse = true;
        assertThat(actions.formToSign(CASE, "19850315-2384", scope, null).refusal().heading())
                .isEqualTo("Samtycket har ändrats sedan sidan visades, eller är helt återkallat");
    }

    @Test
    void consentServicesNoIsARefusalInSwedish() {
        Recording service = new Recording();
        service.refuse = true;
        var refusal = new ConsentActions(service).withdraw(UUID.randomUUID(), "2", null, List.of("LANDLORD:x"), null, null,
                "2026-12-07", "ORAL_DOCUMENTED", null);
        assertThat(refusal).hasValueSatisfying(r -> assertThat(r.heading())
                .isEqualTo("Samtycket har ändrats sedan sidan visades, eller är helt återkallat"));
        assertThat(ConsentActions.date("2026-12-07")).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    static final class Recording implements ConsentService {
        final List<Map<String, Object>> sent = new ArrayList<>();
        boolean refuse;

        private ConsentJson.Consent send(Map<String, Object> body) {
            if (refuse) {
                throw new CaseServiceRefusal(new CaseJson.Problem("https://bokvar.se/problems/conflict", "Conflict", 409,
                        "the consent was wholly withdrawn; record a new consent instead.", List.of()));
            }
            sent.add(body);
            return null;
        }

        @Override
        public List<ConsentJson.Consent> ofCase(UUID caseId) {
            return List.of();
        }

        @Override
        public ConsentJson.Consent read(UUID consentId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ConsentJson.Consent record(UUID caseId, Map<String, Object> consent) {
            return send(consent);
        }

        @Override
        public ConsentJson.Consent change(UUID consentId, Map<String, Object> change) {
            return send(change);
        }

        @Override
        public ConsentJson.Consent withdraw(UUID consentId, Map<String, Object> withdrawal) {
            return send(withdrawal);
        }

        @Override
        public String formToSign(UUID caseId, Map<String, Object> form) {
            send(form);
            return "<h1>Samtycke</h1>";
        }

        @Override
        public String form(UUID consentId) {
            return "";
        }
    }
}
