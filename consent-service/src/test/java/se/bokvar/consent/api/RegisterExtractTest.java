package se.bokvar.consent.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.bokvar.consent.Fixtures.ANNA;
import static se.bokvar.consent.Fixtures.BENGT;
import static se.bokvar.consent.Fixtures.SARA;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import se.bokvar.consent.ConsentTestProfile;
import se.bokvar.consent.Fixtures;
import se.bokvar.consent.TestClock;

/** The register extract (docs/register-extract.md): consent-service's part, for supervisors, of the whole municipality. */
@QuarkusTest
@TestProfile(ConsentTestProfile.class)
class RegisterExtractTest {

    static final String PURPOSE = "Begäran om registerutdrag, dnr 2026-1234";

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper mapper;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String today() {
        return LocalDate.now(clock).toString();
    }

    static ValidatableResponse post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path).then();
    }

    static ValidatableResponse extract(String token, String pin, String purpose) {
        return post(token, "/api/v1/register-extracts", """
                { "personalIdentityNumber": "%s", "purpose": "%s" }""".formatted(pin, purpose));
    }

    static String canonical(String pin) {
        return pin.replace("-", "");
    }

    static long extractsAudited() throws Exception {
        return Fixtures.<Long>single("select count(*) from audit_record where action = 'register.extract'");
    }

    @Test
    void everyConsentWithEveryVersionAndEveryDecisionOnAnyCaseOfAnyBoard() throws Exception {
        String person = Fixtures.newPerson();
        String coTenant = Fixtures.newPerson();
        UUID nordost = Fixtures.nordostCase(person, coTenant);
        UUID hisingen = UUID.randomUUID();
        Fixtures.announce(hisingen, "hisingen", false, 1, person);

        // on Nordost's case: written consent, extended (a named relative, another purpose), one party withdrawn
        String first = post(ANNA, "/api/v1/cases/" + nordost + "/consents", Fixtures.writtenConsent(person, today()))
                .statusCode(201).extract().path("id");
        post(ANNA, "/api/v1/consents/" + first + "/changes", """
                { "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader", "name": "Hemma Bostäder AB" },
                               { "kind": "BUDGET_DEBT_COUNSELLING" },
                               { "kind": "NAMED_PARTY", "id": "relative-1", "name": "Kalle Svensson (brother)" } ],
                  "purposes": [ "INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT", "OTHER" ],
                  "otherPurpose": "Tell the brother when the meeting is",
                  "categories": [ "PLANNED_SUPPORT", "PAYMENT_COMMITMENT" ],
                  "form": "WRITTEN", "givenOn": "%s", "signedFormReference": "TRESERVA-0043",
                  "note": "Maria asked us to keep her brother informed", "basedOnVersion": 1 }""".formatted(today()))
                .statusCode(200);
        post(ANNA, "/api/v1/consents/" + first + "/withdrawals", """
                { "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader" } ], "withdrawnOn": "%s",
                  "form": "ORAL_DOCUMENTED", "note": "by phone", "basedOnVersion": 2 }""".formatted(today()))
                .statusCode(200);
        // the co-tenant's consent on the same case is not the person's
        post(ANNA, "/api/v1/cases/" + nordost + "/consents", Fixtures.writtenConsent(coTenant, today())).statusCode(201);
        // questions asked on Nordost's case
        post(ANNA, "/api/v1/decisions", Fixtures.decision(nordost, person, "LANDLORD", "hemma-bostader",
                "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT")).statusCode(200).body("decision", equalTo("DENY"));
        post(ANNA, "/api/v1/decisions", Fixtures.decision(nordost, person, "NAMED_PARTY", "relative-1",
                "OTHER", "PLANNED_SUPPORT")).statusCode(200).body("decision", equalTo("ALLOW"));
        post(ANNA, "/api/v1/decisions", Fixtures.decision(nordost, coTenant, "BUDGET_DEBT_COUNSELLING", null,
                "PAYMENT_COMMITMENT", "PAYMENT_COMMITMENT")).statusCode(200);

        // on Hisingen's case, another board: an oral consent to ask Kronofogden for a postponement, and a question
        String second = post(BENGT, "/api/v1/cases/" + hisingen + "/consents", """
                { "personalIdentityNumber": "%s", "parties": [ { "kind": "KRONOFOGDEN" } ],
                  "purposes": [ "REQUEST_POSTPONEMENT" ], "categories": [ "HOUSEHOLD_SITUATION" ],
                  "form": "ORAL_DOCUMENTED", "givenOn": "%s" }""".formatted(person, today())).statusCode(201)
                .extract().path("id");
        post(BENGT, "/api/v1/decisions", Fixtures.decision(hisingen, person, "KRONOFOGDEN", null,
                "REQUEST_POSTPONEMENT", "HOUSEHOLD_SITUATION")).statusCode(200).body("decision", equalTo("ALLOW"));

        // Sara supervises Nordost only, yet the extract covers the whole municipality
        String body = extract(SARA, person, PURPOSE).statusCode(200)
                .body("service", equalTo("consent-service"))
                .body("personalIdentityNumber", equalTo(canonical(person)))
                .body("holds", contains("CONSENT", "DISCLOSURE_DECISION"))
                .extract().asString();
        JsonNode extract = mapper.readTree(body);
        JsonNode records = extract.get("records");
        List<String> kinds = new ArrayList<>();
        records.forEach(r -> kinds.add(r.get("kind").asText()));
        assertThat(kinds).containsExactly("CONSENT", "DISCLOSURE_DECISION", "DISCLOSURE_DECISION", "CONSENT",
                "DISCLOSURE_DECISION");
        List<Instant> times = new ArrayList<>();
        records.forEach(r -> times.add(Instant.parse(r.get("at").asText())));
        assertThat(times).isSorted();

        // the first consent with every version
        JsonNode consent = records.get(0);
        assertThat(consent.get("id").asText()).isEqualTo(first);
        JsonNode data = consent.get("data");
        assertThat(data.get("caseId").asText()).isEqualTo(nordost.toString());
        assertThat(data.get("personalIdentityNumber").asText()).isEqualTo(canonical(person));
        assertThat(data.get("legalGround").asText()).isEqualTo("CONSENT");
        assertThat(data.get("versions")).hasSize(3);
        assertThat(data.at("/versions/0/change").asText()).isEqualTo("GIVEN");
        assertThat(data.at("/versions/0/form").asText()).isEqualTo("WRITTEN");
        assertThat(data.at("/versions/0/givenOn").asText()).isEqualTo(today());
        assertThat(data.at("/versions/0/documentedBy").asText()).isEqualTo("anna");
        assertThat(data.at("/versions/0/scope/parties/0/name").asText()).isEqualTo("Hemma Bostäder AB");
        assertThat(data.at("/versions/1/change").asText()).isEqualTo("CHANGED");
        assertThat(data.at("/versions/1/scope/parties/2/kind").asText()).isEqualTo("NAMED_PARTY");
        assertThat(data.at("/versions/1/scope/otherPurpose").asText()).isEqualTo("Tell the brother when the meeting is");
        assertThat(data.at("/versions/2/change").asText()).isEqualTo("PARTLY_WITHDRAWN");
        assertThat(data.at("/versions/2/removed/parties/0/id").asText()).isEqualTo("hemma-bostader");
        assertThat(data.at("/versions/2/form").asText()).isEqualTo("ORAL_DOCUMENTED");
        assertThat(data.at("/versions/2/scope/parties/1/name").asText()).isEqualTo("Kalle Svensson (brother)");
        assertThat(flags(consent)).containsExactly(
                "/versions/1/note THIRD_PARTY_ACCOUNT",
                "/versions/1/scope/parties/2 OTHER_PERSON",
                "/versions/1/scope/otherPurpose THIRD_PARTY_ACCOUNT",
                "/versions/1/added/parties/0 OTHER_PERSON",
                "/versions/1/added/otherPurpose THIRD_PARTY_ACCOUNT",
                "/versions/2/note THIRD_PARTY_ACCOUNT",
                "/versions/2/scope/parties/1 OTHER_PERSON",
                "/versions/2/scope/otherPurpose THIRD_PARTY_ACCOUNT");

        // the questions about the person (not the co-tenant's), with their answers
        JsonNode denied = records.get(1).get("data");
        assertThat(denied.get("caseId").asText()).isEqualTo(nordost.toString());
        assertThat(denied.at("/party/kind").asText()).isEqualTo("LANDLORD");
        assertThat(denied.at("/party/id").asText()).isEqualTo("hemma-bostader");
        assertThat(denied.get("purpose").asText()).isEqualTo("PAYMENT_COMMITMENT");
        assertThat(denied.get("category").asText()).isEqualTo("PAYMENT_COMMITMENT");
        assertThat(denied.get("decision").asText()).isEqualTo("DENY");
        assertThat(denied.get("reasonCode").asText()).isEqualTo("WITHDRAWN");
        assertThat(denied.get("consentId").asText()).isEqualTo(first);
        assertThat(denied.at("/askedBy/username").asText()).isEqualTo("anna");
        assertThat(denied.at("/askedBy/board").asText()).isEqualTo("nordost");
        assertThat(denied.get("decidedAt").asText()).isNotBlank();
        assertThat(flags(records.get(1))).isEmpty();
        JsonNode named = records.get(2);
        assertThat(named.at("/data/party/kind").asText()).isEqualTo("NAMED_PARTY");
        assertThat(named.at("/data/decision").asText()).isEqualTo("ALLOW");
        assertThat(flags(named)).containsExactly("/party OTHER_PERSON");

        JsonNode kronofogden = records.get(3).get("data");
        assertThat(records.get(3).get("id").asText()).isEqualTo(second);
        assertThat(kronofogden.get("caseId").asText()).isEqualTo(hisingen.toString());
        assertThat(kronofogden.at("/versions/0/documentedBy").asText()).isEqualTo("bengt");
        assertThat(records.get(4).at("/data/askedBy/username").asText()).isEqualTo("bengt");
        assertThat(records.get(4).at("/data/reasonCode").asText()).isEqualTo("COVERED");
        assertThat(body).doesNotContain(canonical(coTenant));

        // audited: the person key, the purpose, the consents and cases shown; never the personnummer
        List<Map<String, Object>> audited = Fixtures.rows("select resource_type, array_to_string(resource_ids, ',') ids,"
                + " purpose, actor_username, action from audit_record where action = 'register.extract'"
                + " and ? = any(resource_ids)", Fixtures.personKey(person));
        assertThat(audited).hasSize(1);
        Map<String, Object> row = audited.get(0);
        assertThat(row.get("resource_type")).isEqualTo("person");
        assertThat(row.get("purpose")).isEqualTo(PURPOSE);
        assertThat(row.get("actor_username")).isEqualTo("sara");
        assertThat(((String) row.get("ids")).split(",")).startsWith(Fixtures.personKey(person))
                .contains(first, second, nordost.toString(), hisingen.toString());
        assertThat(row.toString()).doesNotContain(canonical(person), canonical(person).substring(2), person);
    }

    @Test
    void aPersonWithNothingGetsNoRecordsButWhatWasLookedInAndTheExtractIsAudited() throws Exception {
        String person = Fixtures.newPerson();
        long before = extractsAudited();
        extract(SARA, person.substring(2), PURPOSE).statusCode(200)
                .body("personalIdentityNumber", equalTo(canonical(person)))
                .body("records", hasSize(0))
                .body("holds", contains("CONSENT", "DISCLOSURE_DECISION"))
                .body("generatedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(extractsAudited()).isEqualTo(before + 1);
        assertThat(Fixtures.<String>single("select purpose from audit_record where action = 'register.extract'"
                + " and resource_ids = array[cast(? as text)]", Fixtures.personKey(person))).isEqualTo(PURPOSE);
        assertThat(Fixtures.<Long>single("select count(*) from audit_record where array_to_string(resource_ids, ',')"
                + " like ? or purpose like ?", "%" + canonical(person).substring(2) + "%",
                "%" + canonical(person).substring(2) + "%")).isZero();
    }

    @Test
    void onlySupervisors() throws Exception {
        long before = extractsAudited();
        for (String token : List.of(ANNA, BENGT, Fixtures.CECILIA, Fixtures.LANDLORD, Fixtures.KRONOFOGDEN, Fixtures.OLOF)) {
            extract(token, Fixtures.MARIA, PURPOSE).statusCode(403).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body("{ \"personalIdentityNumber\": \"" + Fixtures.MARIA
                + "\", \"purpose\": \"" + PURPOSE + "\" }").post("/api/v1/register-extracts").then().statusCode(401);
        extract(Fixtures.HISINGEN_BOSS, Fixtures.MARIA, PURPOSE).statusCode(200);
        assertThat(extractsAudited()).isEqualTo(before + 1);
    }

    @Test
    void invalidInputIsNamedAndNeitherReadNorAudited() throws Exception {
        long before = extractsAudited();
        extract(SARA, "19850315-2385", PURPOSE).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("personalIdentityNumber"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("19850315")));
        extract(SARA, "not a number", PURPOSE).statusCode(400).body("errors[0].field", equalTo("personalIdentityNumber"));
        extract(SARA, Fixtures.MARIA, "dnr 12").statusCode(400).body("errors[0].field", equalTo("purpose"));
        extract(SARA, Fixtures.MARIA, "          ").statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("purpose"));
        post(SARA, "/api/v1/register-extracts", "{ \"purpose\": \"" + PURPOSE + "\" }").statusCode(400)
                .body("errors[0].field", equalTo("personalIdentityNumber"));
        assertThat(extractsAudited()).isEqualTo(before);
    }

    private static List<String> flags(JsonNode record) {
        List<String> out = new ArrayList<>();
        record.get("review").forEach(f -> out.add(f.get("path").asText() + " " + f.get("reason").asText()));
        return out;
    }
}
