package se.bokvar.web.caseworker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.web.caseworker.store.CaseJson;
import se.bokvar.web.caseworker.store.ConsentJson;

/** consent-service's records as the Samtycke page shows them, and the tenant letters found on a timeline. */
class ConsentPageTest {

    static final List<CaseJson.Person> HOUSEHOLD = List.of(new CaseJson.Person("19850315-2384", false, "Maria Exempelsson", "TENANT"));

    @Test
    void aRecordWithItsVersionsNewestFirstInSwedish() {
        var landlord = new ConsentJson.Party("LANDLORD", "hemma-bostader", "Hemma Bostäder AB");
        var v1 = new ConsentJson.Version(1, "GIVEN", new ConsentJson.Scope(List.of(landlord), List.of("PAYMENT_COMMITMENT"),
                List.of("PAYMENT_COMMITMENT"), null, null), null, null, "WRITTEN", LocalDate.of(2026, 11, 20), null, "REF-1",
                null, "anna", "Anna Andersson", OffsetDateTime.parse("2026-11-20T10:00:00+01:00"));
        var v2 = new ConsentJson.Version(2, "WITHDRAWN", new ConsentJson.Scope(List.of(), List.of(), List.of(), null, null),
                null, new ConsentJson.Scope(List.of(landlord), List.of("PAYMENT_COMMITMENT"), List.of(), null, null), null,
                LocalDate.of(2026, 12, 7), null, null, "I telefon", "anna", null, OffsetDateTime.parse("2026-12-07T10:00:00+01:00"));
        var consent = new ConsentJson.Consent(UUID.randomUUID(), UUID.randomUUID(), "198503152384", "CONSENT", "WITHDRAWN",
                null, "anna", v2, List.of(v1, v2));
        ConsentPage.ConsentRow row = ConsentPage.row(consent, HOUSEHOLD);
        assertThat(row.person()).isEqualTo("Maria Exempelsson, 19850315-2384");
        assertThat(row.status()).isEqualTo("Helt återkallat");
        assertThat(row.open()).isFalse();
        assertThat(row.consent()).isTrue();
        assertThat(row.versions()).extracting(ConsentPage.VersionRow::version).containsExactly(2, 1);
        assertThat(row.versions().get(0).removed()).isEqualTo("Hyresvärd: Hemma Bostäder AB (hemma-bostader); Skicka betalningsförbindelse");
        assertThat(row.versions().get(0).documentedBy()).isEqualTo("anna");
        assertThat(row.versions().get(1).parties()).containsExactly("Hyresvärd: Hemma Bostäder AB (hemma-bostader)");
        assertThat(row.versions().get(1).validUntil()).isEqualTo("tills vidare (tills det återkallas)");
        assertThat(row.versions().get(1).form()).isEqualTo("Skriftligt (undertecknad blankett)");
        assertThat(row.versions().get(1).added()).isNull();
    }

    @Test
    void partiesPersonsAndLandlordsInWords() {
        assertThat(ConsentVocabulary.party(new ConsentJson.Party("OTHER_ADMINISTRATION", "elderly-care", null)))
                .isEqualTo("Äldreomsorgen (annan förvaltning)");
        assertThat(ConsentVocabulary.party(new ConsentJson.Party("KRONOFOGDEN", "kronofogden", null))).isEqualTo("Kronofogden");
        assertThat(ConsentVocabulary.party(new ConsentJson.Party("NAMED_PARTY", "moster", "Moster Eva")))
                .isEqualTo("Annan namngiven person eller organisation: Moster Eva (moster)");
        assertThat(ConsentPage.person("198001019999", HOUSEHOLD)).isEqualTo("19800101-9999");
        assertThat(ConsentPage.person("198503152384", List.of(new CaseJson.Person("850315-2384", false, "Maria", "TENANT"))))
                .isEqualTo("Maria, 850315-2384");
        assertThat(ConsentVocabulary.partyOf("LANDLORD:hemma")).isEqualTo(Map.of("kind", "LANDLORD", "id", "hemma"));
        assertThat(ConsentVocabulary.partyOf("LANDLORD")).isNull();
        assertThat(ConsentVocabulary.standardParties()).extracting(CasePage.Option::value)
                .contains("OTHER_ADMINISTRATION:elderly-care", "BUDGET_DEBT_COUNSELLING:budget-debt-counselling");
        assertThat(ConsentVocabulary.purposes()).allSatisfy(o -> assertThat(o.label()).isNotEqualTo(o.value()));
        assertThat(ConsentVocabulary.categories()).allSatisfy(o -> assertThat(o.label()).isNotEqualTo(o.value()));
    }

    @Test
    void tenantLettersAreTheTimelinesDispatchedLetters() {
        UUID letter = UUID.randomUUID();
        var t = new CaseJson.Timeline(UUID.randomUUID(), "OPENED", List.of(
                new CaseJson.Entry(OffsetDateTime.parse("2026-12-03T09:30:00+01:00"), "TENANT_LETTER_DISPATCHED", "", null,
                        letter.toString(), Map.of()),
                new CaseJson.Entry(OffsetDateTime.parse("2026-12-03T09:31:00+01:00"), "TENANT_LETTER_DISPATCHED", "", null,
                        "not-an-id", Map.of()),
                new CaseJson.Entry(OffsetDateTime.parse("2026-12-03T09:32:00+01:00"), "STEP_RECORDED", "", null,
                        UUID.randomUUID().toString(), Map.of())), List.of());
        assertThat(CaseLetters.letters(t)).containsExactly(new CaseLetters.LetterRow(letter, "tors 3 dec 2026 kl. 09:30",
                "2026-12-03T09:30+01:00"));
        assertThat(CaseActions.postponementGrounds()).extracting(CasePage.Option::label)
                .containsExactly("Hyresgästen får en ny bostad inom kort", "Socialtjänsten behöver tid att ordna boende",
                        "Sjukdom", "Allmän social hänsyn");
    }
}
