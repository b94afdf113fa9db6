package se.bokvar.web.caseworker.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/**
 * Samtycke and the case's remaining actions end to end: the in-process OIDC server plays Keycloak, case-service
 * (under /auth/api/v1) and consent-service (under /auth/consent/api/v1, its stubs in the JSON of its OpenAPI).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ConsentPagesTest {

    static final UUID CASE = UUID.fromString("0b9c2d4e-3333-4a5b-9c3d-2e4f6a8b0c1d");
    static final UUID CONSENT = UUID.fromString("9c0e0000-0000-4000-8000-000000000001");
    static final UUID LETTER = UUID.fromString("1e770000-0000-4000-8000-000000000001");
    static final String API = DeskTest.API;
    static final String CONSENTS = "/auth/consent/api/v1";

    @OidcWireMock
    WireMockServer server;

    @BeforeEach
    void services() {
        server.resetRequests();
        server.stubFor(get(urlPathEqualTo(API + "/cases/" + CASE)).willReturn(DeskTest.json(200, CASE_JSON)));
        server.stubFor(get(urlPathEqualTo(CONSENTS + "/cases/" + CASE + "/consents")).willReturn(DeskTest.json(200,
                "[" + consent(false) + "]")));
        server.stubFor(get(urlPathEqualTo(CONSENTS + "/consents/" + CONSENT)).willReturn(DeskTest.json(200, consent(true))));
    }

    @Test
    void theConsentPageListsTheRecordsWithEveryVersionAsTheUser() {
        SignIn anna = DeskTest.anna(server);
        assertThat(anna.get("/arenden/" + CASE).body().asString()).contains("href=\"/arenden/" + CASE + "/samtycke\"")
                .contains(">Samtycke<").contains("href=\"/arenden/" + CASE + "/brev\"");
        Response r = anna.get("/arenden/" + CASE + "/samtycke");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body().asString();
        assertThat(html).contains("<h1>Samtycke: Exempelgatan 12</h1>").contains("Maria Exempelsson, 19850315-2384")
                .contains("Samtycke (OSL 12 kap. 2 §)").contains("Gäller")
                .contains("Hyresvärd: Hemma Bostäder AB (hemma-bostader)").contains("Äldreomsorgen (annan förvaltning)")
                .contains("Kontakta en annan förvaltning").contains("Att ärendet finns och hur det går")
                .contains("Delvis återkallat").contains("Återkallade: Skicka betalningsförbindelse")
                .contains("Lämnat").contains("fre 20 nov 2026").contains("mån 31 maj 2027")
                .contains("Anna Andersson (anna)").contains("TRESERVA-2026-11-20-0042")
                .contains("href=\"/arenden/" + CASE + "/samtycke/" + CONSENT + "/blankett\"")
                .contains("action=\"/arenden/" + CASE + "/samtycke/" + CONSENT + "/andring\"")
                .contains("action=\"/arenden/" + CASE + "/samtycke/" + CONSENT + "/aterkallelse\"")
                .contains("name=\"basedOnVersion\" value=\"2\"").contains("value=\"LANDLORD:hemma-bostader\"")
                .contains("name=\"_csrf\"").doesNotContain("style=")
                .doesNotContainPattern("<script(?! src=\"/webjars/htmx.org/2\\.0\\.4/dist/htmx\\.min\\.js\" defer></script>)");
        server.verify(getRequestedFor(urlPathEqualTo(CONSENTS + "/cases/" + CASE + "/consents"))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken)));
        server.verify(getRequestedFor(urlPathEqualTo(CONSENTS + "/consents/" + CONSENT))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken)));
    }

    @Test
    void recordingAConsentSendsTheRightJsonWithTheUsersToken() {
        server.stubFor(post(urlPathEqualTo(CONSENTS + "/cases/" + CASE + "/consents"))
                .willReturn(DeskTest.json(201, consent(false))));
        SignIn anna = DeskTest.anna(server);
        String token = SignIn.csrfToken(anna.get("/arenden/" + CASE + "/samtycke").body().asString());
        Response r = form(anna, token).formParam("person", "19850315-2384").formParam("ground", "CONSENT")
                .formParam("parties", "OTHER_ADMINISTRATION:elderly-care").formParam("parties", "LANDLORD:hemma-bostader")
                .formParam("namedName", "Moster Eva").formParam("namedId", "moster")
                .formParam("purposes", "CONTACT_ADMINISTRATION").formParam("purposes", "NOT_A_PURPOSE")
                .formParam("categories", "CASE_STATUS").formParam("form", "ORAL_DOCUMENTED")
                .formParam("givenOn", "2026-12-07").formParam("validUntil", "").formParam("note", " I telefon ")
                .post("/arenden/" + CASE + "/samtycke");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/arenden/" + CASE + "/samtycke?sparat=registrerat");
        assertThat(r.header("Location")).doesNotContain("19850315");
        server.verify(postRequestedFor(urlPathEqualTo(CONSENTS + "/cases/" + CASE + "/consents"))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken))
                .withRequestBody(equalToJson("""
                        {"personalIdentityNumber": "19850315-2384", "legalGround": "CONSENT",
                         "parties": [{"kind": "OTHER_ADMINISTRATION", "id": "elderly-care"},
                                     {"kind": "LANDLORD", "id": "hemma-bostader"},
                                     {"kind": "NAMED_PARTY", "id": "moster", "name": "Moster Eva"}],
                         "purposes": ["CONTACT_ADMINISTRATION"], "categories": ["CASE_STATUS"],
                         "form": "ORAL_DOCUMENTED", "givenOn": "2026-12-07", "note": "I telefon"}""")));
        assertThat(anna.get("/arenden/" + CASE + "/samtycke?sparat=registrerat").body().asString())
                .contains("Samtycket är registrerat.");
    }

    @Test
    void aChangeSendsTheCurrentScopeWithTheAdditionsAndTheVersionItWasPreparedFrom() {
        server.stubFor(post(urlPathEqualTo(CONSENTS + "/consents/" + CONSENT + "/changes"))
                .willReturn(DeskTest.json(200, consent(true))));
        SignIn anna = DeskTest.anna(server);
        String token = SignIn.csrfToken(anna.get("/arenden/" + CASE + "/samtycke").body().asString());
        Response r = form(anna, token).formParam("basedOnVersion", "2").formParam("parties", "KRONOFOGDEN:kronofogden")
                .formParam("categories", "CONTACT_DETAILS").formParam("form", "WRITTEN").formParam("givenOn", "2026-12-07")
                .formParam("validUntil", "2027-06-30").formParam("signedFormReference", "TRESERVA-2026-11-20-0042")
                .post("/arenden/" + CASE + "/samtycke/" + CONSENT + "/andring");
        assertThat(r.statusCode()).isEqualTo(303);
        server.verify(postRequestedFor(urlPathEqualTo(CONSENTS + "/consents/" + CONSENT + "/changes"))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken))
                .withRequestBody(equalToJson("""
                        {"parties": [{"kind": "LANDLORD", "id": "hemma-bostader", "name": "Hemma Bostäder AB"},
                                     {"kind": "OTHER_ADMINISTRATION", "id": "elderly-care"},
                                     {"kind": "KRONOFOGDEN", "id": "kronofogden"}],
                         "purposes": ["INFORM_PLANNED_SUPPORT", "CONTACT_ADMINISTRATION"],
                         "categories": ["PLANNED_SUPPORT", "CASE_STATUS", "CONTACT_DETAILS"],
                         "form": "WRITTEN", "givenOn": "2026-12-07", "validUntil": "2027-06-30",
                         "signedFormReference": "TRESERVA-2026-11-20-0042", "basedOnVersion": 2}""")));
    }

    @Test
    void aWithdrawalIsSentAndConsentServicesRefusalIsShownInSwedishWithNothingChanged() {
        String path = CONSENTS + "/consents/" + CONSENT + "/withdrawals";
        server.stubFor(post(urlPathEqualTo(path)).withRequestBody(equalToJson("{\"whole\": true}", true, true))
                .willReturn(DeskTest.json(200, consent(true))));
        server.stubFor(post(urlPathEqualTo(path)).withRequestBody(equalToJson("{\"basedOnVersion\": 1}", true, true))
                .willReturn(DeskTest.json(409, """
                        {"type": "https://bokvar.se/problems/conflict", "title": "Conflict", "status": 409,
                         "detail": "The change was prepared from version 1 but the consent is at version 2: read it again and retry."}""")
                        .withHeader("Content-Type", "application/problem+json")));
        SignIn anna = DeskTest.anna(server);
        String token = SignIn.csrfToken(anna.get("/arenden/" + CASE + "/samtycke").body().asString());

        Response done = form(anna, token).formParam("basedOnVersion", "2").formParam("whole", "ja")
                .formParam("withdrawnOn", "2026-12-07").formParam("form", "ORAL_DOCUMENTED").formParam("note", "I telefon")
                .post("/arenden/" + CASE + "/samtycke/" + CONSENT + "/aterkallelse");
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith("?sparat=aterkallat");
        server.verify(postRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + anna.accessToken))
                .withRequestBody(equalToJson("""
                        {"whole": true, "withdrawnOn": "2026-12-07", "form": "ORAL_DOCUMENTED", "note": "I telefon",
                         "basedOnVersion": 2}""")));

        Response refused = form(anna, token).formParam("basedOnVersion", "1").formParam("parties", "LANDLORD:hemma-bostader")
                .formParam("withdrawnOn", "2026-12-07").post("/arenden/" + CASE + "/samtycke/" + CONSENT + "/aterkallelse");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body().asString())
                .contains("Samtycket har ändrats sedan sidan visades, eller är helt återkallat")
                .contains("Samtycket har ändrats sedan sidan visades (version 1, nu version 2): läs sidan igen.")
                .contains("Ingenting har ändrats").contains("Samtyckestjänstens egen förklaring");
        server.verify(postRequestedFor(urlPathEqualTo(path)).withRequestBody(equalToJson("""
                {"parties": [{"kind": "LANDLORD", "id": "hemma-bostader"}], "purposes": [], "categories": [],
                 "withdrawnOn": "2026-12-07", "basedOnVersion": 1}""")));

        // a form without a day never reaches consent-service
        server.resetRequests();
        Response noDay = form(anna, token).formParam("basedOnVersion", "2").formParam("whole", "ja")
                .post("/arenden/" + CASE + "/samtycke/" + CONSENT + "/aterkallelse");
        assertThat(noDay.statusCode()).isEqualTo(400);
        assertThat(noDay.body().asString()).contains("Återkallat den: ange ett datum (åååå-mm-dd).");
        assertThat(server.findAll(postRequestedFor(urlPathMatching(CONSENTS + "/.*")))).isEmpty();
    }

    @Test
    void aFormToSignBeforeTheConsentIsGivenIsAskedForByPostAndShownInTheSandbox() {
        String path = CONSENTS + "/cases/" + CASE + "/consent-forms";
        server.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html;charset=UTF-8")
                .withBody("<!DOCTYPE html><html lang=\"sv\"><head><style>body{}</style></head><body><h1>Samtycke att"
                        + " skriva under</h1></body></html>")));
        SignIn anna = DeskTest.anna(server);
        String page = anna.get("/arenden/" + CASE + "/samtycke").body().asString();
        assertThat(page).contains("<h2>Skriv ut en samtyckesblankett</h2>")
                .contains("action=\"/arenden/" + CASE + "/samtycke/blankett\"").contains("Skriv ut samtyckesblankett")
                .contains("id=\"landlordId-blankett\"");
        String token = SignIn.csrfToken(page);
        Response r = form(anna, token).formParam("person", "19850315-2384")
                .formParam("parties", "LANDLORD:hemma-bostader").formParam("purposes", "INFORM_PLANNED_SUPPORT")
                .formParam("categories", "PLANNED_SUPPORT").formParam("validUntil", "2027-05-31")
                .post("/arenden/" + CASE + "/samtycke/blankett");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().asString()).contains("<h1>Samtycke att skriva under</h1>").contains("<style>");
        assertThat(r.headers().getValues("Content-Security-Policy")).hasSize(1);
        assertThat(r.header("Content-Security-Policy")).startsWith("sandbox;").contains("default-src 'none'");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        server.verify(postRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + anna.accessToken))
                .withRequestBody(equalToJson("""
                        {"personalIdentityNumber": "19850315-2384", "parties": [{"kind": "LANDLORD", "id": "hemma-bostader"}],
                         "purposes": ["INFORM_PLANNED_SUPPORT"], "categories": ["PLANNED_SUPPORT"], "validUntil": "2027-05-31"}""")));
        // nothing recorded: no consent was sent
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(CONSENTS + "/cases/" + CASE + "/consents")))).isEmpty();

        // consent-service's refusal is the Samtycke page again, in Swedish
        server.stubFor(post(urlPathEqualTo(path)).willReturn(DeskTest.json(400, """
                {"type": "https://bokvar.se/problems/validation", "title": "Invalid", "status": 400,
                 "errors": [{"field": "personalIdentityNumber", "message": "must be a valid personnummer or samordningsnummer"}]}""")
                .withHeader("Content-Type", "application/problem+json")));
        Response refused = form(anna, token).formParam("person", "19850315-2385")
                .formParam("parties", "LANDLORD:hemma-bostader").formParam("purposes", "INFORM_PLANNED_SUPPORT")
                .formParam("categories", "PLANNED_SUPPORT").post("/arenden/" + CASE + "/samtycke/blankett");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("<h1>Samtycke: Exempelgatan 12</h1>")
                .contains("Uppgifterna behöver kompletteras").contains("är inte ett giltigt personnummer");

        // an incomplete form, or one without the CSRF token, never reaches consent-service
        server.resetRequests();
        Response incomplete = form(anna, token).formParam("person", "19850315-2384").post("/arenden/" + CASE + "/samtycke/blankett");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body().asString()).contains("Kryssa i minst en mottagare, ett syfte och en uppgift.");
        Response forged = given().redirects().follow(false).cookies(anna.cookies).header("Origin", DeskTest.origin())
                .contentType("application/x-www-form-urlencoded").formParam("person", "19850315-2384")
                .post("/arenden/" + CASE + "/samtycke/blankett");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(server.findAll(postRequestedFor(urlPathMatching(CONSENTS + "/.*")))).isEmpty();
        assertThat(r.header("Location")).isNull();
    }

    @Test
    void aConsentFormWithoutTheCsrfTokenIsRefusedAndNothingIsSent() {
        SignIn anna = DeskTest.anna(server);
        anna.get("/arenden/" + CASE + "/samtycke");
        for (String action : new String[] { "", "/" + CONSENT + "/andring", "/" + CONSENT + "/aterkallelse" }) {
            Response r = given().redirects().follow(false).cookies(anna.cookies).header("Origin", DeskTest.origin())
                    .contentType("application/x-www-form-urlencoded").formParam("whole", "ja")
                    .formParam("withdrawnOn", "2026-12-07").formParam("basedOnVersion", "2")
                    .post("/arenden/" + CASE + "/samtycke" + action);
            assertThat(r.statusCode()).as(action).isEqualTo(403);
            assertThat(r.body().asString()).contains("Formuläret kunde inte skickas");
        }
        assertThat(server.findAll(postRequestedFor(urlPathMatching(CONSENTS + "/.*")))).isEmpty();
    }

    @Test
    void anAuditorReadsNoConsents() {
        SignIn olof = SignIn.as(server, "olof", "Olof Granskare", java.util.Set.of("auditor"), java.util.Map.of());
        for (String path : new String[] { "/arenden/" + CASE + "/samtycke", "/arenden/" + CASE + "/samtycke/" + CONSENT
                + "/blankett", "/arenden/" + CASE + "/brev", "/arenden/" + CASE + "/brev/" + LETTER }) {
            assertThat(olof.get(path).statusCode()).as(path).isEqualTo(403);
        }
        assertThat(server.findAll(getRequestedFor(urlPathMatching(CONSENTS + "/.*")))).isEmpty();
        assertThat(server.findAll(getRequestedFor(urlPathMatching(API + "/cases/.*")))).isEmpty();
    }

    @Test
    void consentServiceDownIsThe503PageNamingIt() {
        server.stubFor(get(urlPathEqualTo(CONSENTS + "/cases/" + CASE + "/consents")).willReturn(aResponse().withStatus(502)));
        SignIn anna = DeskTest.anna(server);
        Response r = anna.get("/arenden/" + CASE + "/samtycke");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body().asString()).contains("Tjänsten är inte tillgänglig").contains("samtyckestjänsten")
                .doesNotContain("Exception");
        // a case consent-service has not heard of yet: the page says so instead of a 404
        server.stubFor(get(urlPathEqualTo(CONSENTS + "/cases/" + CASE + "/consents")).willReturn(DeskTest.json(404,
                "{\"type\":\"https://bokvar.se/problems/not-found\",\"title\":\"Not found\",\"status\":404}")));
        Response unknown = anna.get("/arenden/" + CASE + "/samtycke");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body().asString()).contains("Samtyckestjänsten känner ännu inte till ärendet")
                .doesNotContain("Registrera samtycket");
    }

    @Test
    void thePrintableFormAndTheTenantLetterAreShownAsTheyAreInASandbox() {
        server.stubFor(get(urlPathEqualTo(CONSENTS + "/consents/" + CONSENT + "/form")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/html;charset=UTF-8")
                .withBody("<!DOCTYPE html><html lang=\"sv\"><head><style>body{}</style></head><body><h1>Samtycke</h1></body></html>")));
        server.stubFor(get(urlPathEqualTo(API + "/cases/" + CASE + "/timeline")).willReturn(DeskTest.json(200, TIMELINE)));
        server.stubFor(get(urlPathEqualTo(API + "/cases/" + CASE + "/letters/" + LETTER)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/html;charset=UTF-8")
                .withBody("<!DOCTYPE html><html lang=\"sv\"><head><style>h1{}</style></head><body><h1>Kvittens</h1></body></html>")));
        SignIn anna = DeskTest.anna(server);
        for (String path : new String[] { "/arenden/" + CASE + "/samtycke/" + CONSENT + "/blankett",
                "/arenden/" + CASE + "/brev/" + LETTER }) {
            Response r = anna.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body().asString()).contains("<style>").contains("<h1>");
            assertThat(r.headers().getValues("Content-Security-Policy")).as(path).hasSize(1);
            assertThat(r.header("Content-Security-Policy")).startsWith("sandbox;").contains("default-src 'none'")
                    .contains("style-src 'unsafe-inline'").contains("frame-ancestors 'none'").doesNotContain("script");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        }
        String letters = anna.get("/arenden/" + CASE + "/brev").body().asString();
        assertThat(letters).contains("href=\"/arenden/" + CASE + "/brev/" + LETTER + "\"").contains("tors 3 dec 2026 kl. 09:30");
        server.verify(getRequestedFor(urlPathEqualTo(API + "/cases/" + CASE + "/letters/" + LETTER))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken)));
    }

    static io.restassured.specification.RequestSpecification form(SignIn browser, String token) {
        return given().redirects().follow(false).cookies(browser.cookies).header("Origin", DeskTest.origin())
                .formParam("_csrf", token);
    }

    /** One consent as consent-service gives it: the current version 2, with every version when read alone. */
    static String consent(boolean withVersions) {
        String v1 = """
                {"version": 1, "change": "GIVEN",
                 "scope": {"parties": [{"kind": "LANDLORD", "id": "hemma-bostader", "name": "Hemma Bostäder AB"}],
                           "purposes": ["INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT"], "categories": ["PLANNED_SUPPORT"]},
                 "added": {"parties": [{"kind": "LANDLORD", "id": "hemma-bostader", "name": "Hemma Bostäder AB"}],
                           "purposes": ["INFORM_PLANNED_SUPPORT", "PAYMENT_COMMITMENT"], "categories": ["PLANNED_SUPPORT"]},
                 "form": "WRITTEN", "givenOn": "2026-11-20", "validUntil": "2027-05-31",
                 "signedFormReference": "TRESERVA-2026-11-20-0042", "documentedBy": "anna",
                 "documentedByName": "Anna Andersson", "recordedAt": "2026-11-20T10:00:00+01:00"}""";
        String v2 = """
                {"version": 2, "change": "PARTLY_WITHDRAWN",
                 "scope": {"parties": [{"kind": "LANDLORD", "id": "hemma-bostader", "name": "Hemma Bostäder AB"},
                                       {"kind": "OTHER_ADMINISTRATION", "id": "elderly-care"}],
                           "purposes": ["INFORM_PLANNED_SUPPORT", "CONTACT_ADMINISTRATION"],
                           "categories": ["PLANNED_SUPPORT", "CASE_STATUS"]},
                 "removed": {"purposes": ["PAYMENT_COMMITMENT"]},
                 "form": "ORAL_DOCUMENTED", "givenOn": "2026-11-22", "validUntil": "2027-05-31",
                 "signedFormReference": "TRESERVA-2026-11-20-0042", "note": "I telefon", "documentedBy": "anna",
                 "documentedByName": "Anna Andersson", "recordedAt": "2026-11-22T10:00:00+01:00"}""";
        return """
                {"id": "%s", "caseId": "%s", "personalIdentityNumber": "198503152384", "legalGround": "CONSENT",
                 "status": "ACTIVE", "createdAt": "2026-11-20T10:00:00+01:00", "createdBy": "anna",
                 "current": %s%s}""".formatted(CONSENT, CASE, v2, withVersions ? ", \"versions\": [" + v1 + ", " + v2 + "]" : "");
    }

    static final String CASE_JSON = DeskTest.CASE_JSON.replace(DeskTest.CASE.toString(), CASE.toString())
            .replace("\"evictions\": []", """
                    "evictions": [{"kfmCaseNumber": "KFM-2026-12345", "receivedAt": "2026-12-03T08:00:00+01:00",
                                   "evictionAt": "2027-01-14T09:00:00+01:00", "status": "SCHEDULED",
                                   "responsibleCaseworker": "anna", "responsibleBasis": "ASSIGNED", "namings": 1,
                                   "acknowledgement": "CONFIRMED"}]""");

    static final String TIMELINE = """
            {"caseId": "%s", "status": "OPENED", "deadlines": [],
             "entries": [{"at": "2026-12-03T09:30:00+01:00", "kind": "TENANT_LETTER_DISPATCHED",
                          "summary": "The copy of the acknowledgement was sent to the tenant", "actor": null,
                          "ref": "%s", "details": {}}]}""".formatted(CASE, LETTER);
}
