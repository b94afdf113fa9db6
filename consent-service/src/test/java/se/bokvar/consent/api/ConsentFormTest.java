package se.bokvar.consent.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.bokvar.consent.Fixtures.ANNA;
import static se.bokvar.consent.Fixtures.MARIA;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import se.bokvar.consent.ConsentTestProfile;
import se.bokvar.consent.Fixtures;

/** The printable consent form: Swedish, exactly the consent's items, end date, how to withdraw, signatures; escaped. */
@QuarkusTest
@TestProfile(ConsentTestProfile.class)
class ConsentFormTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    static final String UNTIL = TODAY.plusMonths(6).toString();

    static final String CONSENT = """
            { "personalIdentityNumber": "%s",
              "parties": [ { "kind": "LANDLORD", "id": "hemma-bostader", "name": "Hemma Bostäder AB" },
                           { "kind": "NAMED_PARTY", "id": "relative-1", "name": "<script>alert('x')</script> & Co" } ],
              "purposes": [ "PAYMENT_COMMITMENT", "OTHER" ], "otherPurpose": "Boka möte <b>hos</b> hyresvärden",
              "categories": [ "PAYMENT_COMMITMENT" ],
              "form": "ORAL_DOCUMENTED", "givenOn": "%s", "validUntil": "%s" }""".formatted(MARIA, TODAY, UNTIL);

    static int items(String html) {
        Matcher m = Pattern.compile("<li>").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theFormListsExactlyWhatThePersonAgreesToAndHowToWithdraw() {
        UUID caseId = Fixtures.nordostCase(MARIA);
        String id = given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(CONSENT)
                .post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201).extract().path("id");
        String html = given().auth().oauth2(ANNA).get("/api/v1/consents/" + id + "/form").then().statusCode(200)
                .contentType(ContentType.HTML).extract().asString();
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"sv\">",
                "Samtycke till att socialtjänsten lämnar ut uppgifter om dig",
                "Socialnämnden Nordost", "Samtycke " + id + ", version 1",
                "Personnummer: <strong>19850315-2384</strong>",
                "<li>Hyresvärden Hemma Bostäder AB (hemma-bostader)</li>",
                "<li>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co (annan namngiven person eller organisation)</li>",
                "<li>Skicka en skriftlig betalningsförbindelse till hyresvärden",
                "<li>Annat: Boka möte &lt;b&gt;hos&lt;/b&gt; hyresvärden</li>",
                "<li>Betalningsförbindelsen: att socialnämnden åtar sig att betala hyresskulden",
                "Från och med " + TODAY + " till och med " + UNTIL + ".",
                "när som helst", "helt eller delvis", "för en viss mottagare, ett visst syfte eller en viss sorts uppgifter",
                "Säg det till din handläggare, muntligt eller skriftligt, eller skriv till Socialnämnden Nordost",
                "Ort och datum", "Underskrift", "Namnförtydligande", "Handläggare: Anna Handläggare")
                .doesNotContain("<script>", "<b>hos");
        // exactly the items: 2 parties + 2 purposes + 1 category
        assertThat(items(html)).isEqualTo(5);
        assertThat(html).doesNotContain("Budget- och skuldrådgivningen", "Kronofogden", "Din hälsa");
    }

    @Test
    void eachVersionPrintsWhatItCoveredAndNothingElse() {
        UUID caseId = Fixtures.nordostCase(MARIA);
        String id = given().auth().oauth2(ANNA).contentType(ContentType.JSON).body(CONSENT)
                .post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body("{ \"parties\": [ { \"kind\": \"LANDLORD\", \"id\": \"hemma-bostader\" } ], \"withdrawnOn\": \"" + TODAY + "\" }")
                .post("/api/v1/consents/" + id + "/withdrawals").then().statusCode(200);
        String current = given().auth().oauth2(ANNA).get("/api/v1/consents/" + id + "/form").then().statusCode(200)
                .extract().asString();
        assertThat(current).contains("version 2").doesNotContain("Hemma Bostäder");
        assertThat(items(current)).isEqualTo(4);
        String first = given().auth().oauth2(ANNA).queryParam("version", 1).get("/api/v1/consents/" + id + "/form").then()
                .statusCode(200).extract().asString();
        assertThat(first).contains("version 1", "Hemma Bostäder AB");
        given().auth().oauth2(ANNA).queryParam("version", 9).get("/api/v1/consents/" + id + "/form").then().statusCode(404);
        given().auth().oauth2(ANNA).queryParam("version", 0).get("/api/v1/consents/" + id + "/form").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("version"));
        given().auth().oauth2(ANNA).queryParam("version", "one").get("/api/v1/consents/" + id + "/form").then().statusCode(400);

        given().auth().oauth2(ANNA).contentType(ContentType.JSON)
                .body("{ \"whole\": true, \"withdrawnOn\": \"" + TODAY + "\" }")
                .post("/api/v1/consents/" + id + "/withdrawals").then().statusCode(200);
        given().auth().oauth2(ANNA).get("/api/v1/consents/" + id + "/form").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void anotherLegalGroundIsNotAConsentToSign() {
        UUID caseId = Fixtures.nordostCase(MARIA);
        String id = given().auth().oauth2(ANNA).contentType(ContentType.JSON).body("""
                { "personalIdentityNumber": "%s", "legalGround": "OSL_26_9C",
                  "parties": [ { "kind": "OTHER_ADMINISTRATION", "id": "disability-support" } ],
                  "purposes": [ "CONTACT_ADMINISTRATION" ], "categories": [ "PLANNED_SUPPORT" ], "givenOn": "%s" }"""
                .formatted(MARIA, TODAY)).post("/api/v1/cases/" + caseId + "/consents").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ANNA).get("/api/v1/consents/" + id + "/form").then().statusCode(409);
    }

    @Test
    void aFormCanBePrintedBeforeTheConsentIsRecorded() throws Exception {
        UUID caseId = Fixtures.nordostCase(MARIA);
        String html = given().auth().oauth2(ANNA).contentType(ContentType.JSON).body("""
                { "personalIdentityNumber": "%s",
                  "parties": [ { "kind": "OTHER_ADMINISTRATION", "id": "elderly-care" }, { "kind": "KRONOFOGDEN" } ],
                  "purposes": [ "CONTACT_ADMINISTRATION" ], "categories": [ "PLANNED_SUPPORT", "HEALTH" ] }""".formatted(MARIA))
                .post("/api/v1/cases/" + caseId + "/consent-forms").then().statusCode(200).contentType(ContentType.HTML)
                .extract().asString();
        assertThat(html).contains("Äldreomsorgen", "Kronofogden (Kronofogdemyndigheten)", "Din hälsa eller funktionsnedsättning",
                "Från den dag du skriver under tills du tar tillbaka det.", "Handläggare: Anna Handläggare")
                .doesNotContain("version");
        assertThat(items(html)).isEqualTo(5);
        assertThat(Fixtures.<Long>single("select count(*) from consent where case_id = ?", caseId)).isZero();
        given().auth().oauth2(ANNA).contentType(ContentType.JSON).body("""
                { "personalIdentityNumber": "%s", "parties": [ { "kind": "NAMED_PARTY", "id": "x" } ],
                  "purposes": [ "OTHER" ], "categories": [ "HEALTH" ] }""".formatted(MARIA))
                .post("/api/v1/cases/" + caseId + "/consent-forms").then().statusCode(400);
    }
}
