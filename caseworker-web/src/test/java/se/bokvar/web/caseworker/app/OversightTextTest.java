package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.web.caseworker.store.CaseJson;

/** The supervisors' and auditors' words: boards, audit actions, and case-service's refusals of their requests. */
class OversightTextTest {

    @Test
    void boardsAndAuditActionsHaveSwedishWords() {
        assertThat(Labels.board("sydvast")).isEqualTo("Sydväst");
        assertThat(Labels.board("unrouted")).isEqualTo("Ej fördelad");
        assertThat(Labels.board("angered")).isEqualTo("Angered");
        assertThat(AuditPage.ACTIONS).allMatch(a -> !Labels.auditAction(a).equals(a));
        assertThat(Labels.resourceType("person")).contains("aldrig personnummer");
    }

    @Test
    void refusalsOfMovesPeriodsAndSearchesAreInSwedish() {
        assertThat(Refusals.reason("board", "is not a board of the routing table: [centrum, hisingen]"))
                .isEqualTo("Nämnd: finns inte bland kommunens nämnder.");
        assertThat(Refusals.message("The case already belongs to centrum.")).isEqualTo("Ärendet hör redan till den nämnden.");
        assertThat(Refusals.reason("scope", "your token names no board: ask for scope=municipality"))
                .isEqualTo("Omfattning: ditt konto hör inte till någon nämnd: välj hela kommunen.");
        assertThat(Refusals.reason("personalIdentityNumber", "must be a valid personnummer or samordningsnummer (YYYYMMDD-NNNN or YYMMDD-NNNN)"))
                .startsWith("Personnummer: är inte ett giltigt personnummer");
        assertThat(Refusals.reason("purpose", "size must be between 10 and 500")).isEqualTo("Syfte: ska vara mellan 10 och 500 tecken.");
    }

    @Test
    void aMoveToABoardTheDeskDoesNotOfferOrWithoutReasonIsNotSent() {
        FakeOversight service = new FakeOversight();
        UnroutedPage page = new UnroutedPage(service, StatisticsPageTest.TODAY, List.of("nordost", "hisingen"));
        UUID id = UUID.randomUUID();
        assertThat(page.route(id, "centrum", "skäl")).isPresent();
        assertThat(page.route(id, "hisingen", "  ")).isPresent();
        assertThat(service.asked).isEmpty();
        assertThat(page.route(id, "hisingen", " På Hisingen ")).isEmpty();
        assertThat(service.asked).containsExactly(List.of(id, "hisingen", "På Hisingen"));
        assertThat(page.boards()).extracting(CasePage.Option::label).containsExactly("Nordost", "Hisingen");

        service.refuse = new CaseJson.Problem("https://bokvar.se/problems/invalid-transition", "x", 409, "The case is closed", null);
        assertThat(page.route(id, "nordost", "skäl").get().heading()).isEqualTo("Ärendet är inte i ett läge där det går");
    }

    @Test
    void aSearchNeedsExactlyOneCriterionAndAPurposeOfTenCharacters() {
        FakeOversight service = new FakeOversight();
        SearchPage page = new SearchPage(service, StatisticsPageTest.TODAY);
        assertThat(page.search(SearchPage.Criteria.byNumber(" "), "Hyresgästen ringde").refusal().reasons().get(0))
                .startsWith("Sökvillkor:");
        assertThat(page.search(new SearchPage.Criteria("19850315-2384", null, null, "12-345678-26", null),
                "Hyresgästen ringde").refusal().reasons().get(0)).startsWith("Sökvillkor:");
        assertThat(page.search(new SearchPage.Criteria(null, "Exempelgatan 12", " ", null, null), "Hyresgästen ringde")
                .refusal().reasons().get(0)).startsWith("Adress:");
        assertThat(page.search(new SearchPage.Criteria(null, "Exempelgatan 12", "4150", null, null), "Hyresgästen ringde")
                .refusal().reasons().get(0)).startsWith("Adress:");
        assertThat(page.search(SearchPage.Criteria.byNumber("19850315-2384"), "för att").refusal().reasons().get(0))
                .startsWith("Syfte:");
        assertThat(service.asked).isEmpty();
        SearchPage.Model m = page.search(SearchPage.Criteria.byNumber(" 19850315-2384 "), " Hyresgästen ringde ");
        assertThat(m.refusal()).isNull();
        assertThat(m.searched()).isTrue();
        assertThat(service.asked).containsExactly(List.of(Map.of("personalIdentityNumber", "19850315-2384"),
                "Hyresgästen ringde"));
        page.search(new SearchPage.Criteria(" ", " Exempelgatan 12 ", "415 02", null, ""), "Hyresgästen ringde");
        assertThat(service.asked.get(1)).isEqualTo(List.of(Map.of("street", "Exempelgatan 12", "postalCode", "415 02"),
                "Hyresgästen ringde"));
    }
}
