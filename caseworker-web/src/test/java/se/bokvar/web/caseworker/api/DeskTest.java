package se.bokvar.web.caseworker.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The desk end to end in one JVM: the real OIDC code flow against Quarkus' in-process OIDC server, which also plays
 * case-service's API (the JSON of its OpenAPI). Today is Monday 7 December 2026 ({@link FixedClock}).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeskTest {

    static final UUID CASE = UUID.fromString("0b9c2d4e-1111-4a5b-9c3d-2e4f6a8b0c1d");
    static final UUID CASE_2 = UUID.fromString("0b9c2d4e-2222-4a5b-9c3d-2e4f6a8b0c1d");

    /** The in-process OIDC server (keycloak.url, which case-service's URL is set to in tests) serves under /auth. */
    static final String API = "/auth/api/v1";

    @OidcWireMock
    WireMockServer server;

    @BeforeEach
    void caseService() {
        server.resetRequests();
        server.stubFor(get(urlPathEqualTo(API + "/inbox")).willReturn(json(200, INBOX)));
        server.stubFor(get(urlPathEqualTo(API + "/cases/" + CASE)).willReturn(json(200, CASE_JSON)));
        server.stubFor(put(urlPathEqualTo(API + "/cases/" + CASE + "/assignment")).willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlPathEqualTo(API + "/cases/" + CASE + "/steps")).willReturn(json(409, STEP_REFUSED)
                .withHeader("Content-Type", "application/problem+json")));
    }

    static SignIn anna(WireMockServer server) {
        return SignIn.as(server, "anna", "Anna Andersson", Set.of("caseworker"),
                Map.of("board", "nordost", "unit_type", "adult", "name", "Anna Andersson"));
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToKeycloakWithPkce() {
        Response r = given().redirects().follow(false).get("/inkorg");
        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.header("Location");
        assertThat(location).startsWith(server.baseUrl() + "/auth/realms/quarkus")
                .contains("response_type=code").contains("client_id=bokvar-web")
                .contains("code_challenge=").contains("code_challenge_method=S256");
        assertThat(SignIn.query(java.net.URI.create(location), "redirect_uri")).endsWith("/inloggning");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo(API + "/inbox")))).isEmpty();
    }

    @Test
    void aLandlordCannotSignInToTheDesk() {
        SignIn landlord = SignIn.as(server, "hemma", "Hemma Bostäder", Set.of("landlord"),
                Map.of("landlord_id", "hemma-bostader"));
        for (String path : new String[] { "/", "/inkorg", "/arenden/" + CASE }) {
            Response r = landlord.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.contentType()).startsWith("text/html");
            assertThat(r.body().asString()).contains("Du har inte behörighet").contains("lang=\"sv\"");
        }
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo(API + "/inbox")))).isEmpty();
    }

    @Test
    void anAuditorSignsInButReadsNoCases() {
        SignIn olof = SignIn.as(server, "olof", "Olof Granskare", Set.of("auditor"), Map.of());
        Response start = olof.get("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body().asString()).contains("Välkommen, Olof Granskare").contains("granskare")
                .doesNotContain("href=\"/inkorg\"");
        assertThat(olof.get("/inkorg").statusCode()).isEqualTo(403);
    }

    @Test
    void theInboxShowsCaseServicesAnswerWithCountdownsAsheUser() {
        SignIn anna = anna(server);
        Response start = anna.get("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body().asString()).contains("Välkommen, Anna Andersson")
                .contains("handläggare, Nordost, vuxenenheten");

        Response r = anna.get("/inkorg?tilldelad=me&typ=EVICTION&sida=1");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body().asString();
        assertThat(html).contains("<h1>Inkorg</h1>")
                .contains("Exempelgatan 12, 415 02").contains("Uppsägning för obetald hyra")
                .contains("Återvinningsfrist").contains("tors 10 dec 2026").contains("3 arbetsdagar kvar")
                .contains("Exempelgatan 14, 415 02").contains("Avhysning (Kronofogden)").contains("passerad")
                .contains("href=\"/arenden/" + CASE + "\"")
                .contains("Underrättelser som väntar på ställningstagande").contains("mån 7 dec 2026 kl. 08:15");
        // the user's own token went to case-service, with the filters as case-service names them
        server.verify(getRequestedFor(urlPathEqualTo(API + "/inbox"))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken))
                .withQueryParam("assigned", equalTo("me")).withQueryParam("type", equalTo("EVICTION"))
                .withQueryParam("limit", equalTo("25")).withQueryParam("offset", equalTo("0")));
    }

    @Test
    void theCasePageShowsTheRecoveryPeriodAndDeadlines() {
        SignIn anna = anna(server);
        Response r = anna.get("/arenden/" + CASE);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().asString()).contains("Rättslig grund").contains("Jordabalken 12 kap. 44 §")
                .doesNotContain("flyttad från");
        assertThat(r.body().asString()).contains("Maria Exempelsson").contains("Återvinningsfrist")
                .contains("tors 10 dec 2026").contains("3 arbetsdagar kvar").contains("Förhandsbedömning")
                .contains("Ta ärendet").contains("Registrera steget").contains("name=\"_csrf\"");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        SignIn anna = anna(server);
        anna.get("/arenden/" + CASE);
        Response r = given().redirects().follow(false).cookies(anna.cookies).header("Origin", origin())
                .contentType("application/x-www-form-urlencoded").formParam("x", "y").post("/arenden/" + CASE + "/ta");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body().asString()).contains("Formuläret kunde inte skickas");
        assertThat(server.findAll(putRequestedFor(urlPathEqualTo(API + "/cases/" + CASE + "/assignment")))).isEmpty();
    }

    @Test
    void aFormFromAnotherSiteIsRefusedEvenWithAToken() {
        SignIn anna = anna(server);
        String token = SignIn.csrfToken(anna.get("/arenden/" + CASE).body().asString());
        Response r = given().redirects().follow(false).cookies(anna.cookies).header("Origin", "http://evil.example")
                .formParam("_csrf", token).post("/arenden/" + CASE + "/ta");
        assertThat(r.statusCode()).isEqualTo(403);
        Response noOrigin = given().redirects().follow(false).cookies(anna.cookies)
                .formParam("_csrf", token).post("/arenden/" + CASE + "/ta");
        assertThat(noOrigin.statusCode()).isEqualTo(403);
        assertThat(server.findAll(putRequestedFor(urlPathEqualTo(API + "/cases/" + CASE + "/assignment")))).isEmpty();
    }

    @Test
    void takingTheCaseCallsCaseServiceAsTheUserAndRedirectsBack() {
        SignIn anna = anna(server);
        String token = SignIn.csrfToken(anna.get("/arenden/" + CASE).body().asString());
        Response r = given().redirects().follow(false).cookies(anna.cookies).header("Origin", origin())
                .formParam("_csrf", token).post("/arenden/" + CASE + "/ta");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/arenden/" + CASE + "?sparat=ta");
        server.verify(putRequestedFor(urlPathEqualTo(API + "/cases/" + CASE + "/assignment"))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken))
                .withRequestBody(equalToJson("{\"caseworker\": \"me\"}")));
        assertThat(anna.get("/arenden/" + CASE + "?sparat=ta").body().asString()).contains("Du är nu handläggare för ärendet.");
    }

    @Test
    void aPositionOnANoticeIsRecordedAsTheUserAndANoActionWithoutReasonIsRefusedInSwedish() {
        String notice = "6f1d3c9a-0000-4000-8000-000000000001";
        String path = API + "/cases/" + CASE + "/notices/" + notice + "/position";
        server.stubFor(put(urlPathEqualTo(path)).withRequestBody(equalToJson("{\"decision\": \"OPEN_PRE_ASSESSMENT\"}"))
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(put(urlPathEqualTo(path)).withRequestBody(equalToJson("{\"decision\": \"NO_ACTION\"}"))
                .willReturn(json(400, POSITION_WITHOUT_REASON).withHeader("Content-Type", "application/problem+json")));
        SignIn anna = anna(server);
        String page = anna.get("/arenden/" + CASE).body().asString();
        assertThat(page).contains("action=\"/arenden/" + CASE + "/underrattelser/" + notice + "/stallningstagande\"")
                .contains("Inled förhandsbedömning");
        String token = SignIn.csrfToken(page);
        Response done = given().redirects().follow(false).cookies(anna.cookies).header("Origin", origin())
                .formParam("_csrf", token).formParam("decision", "OPEN_PRE_ASSESSMENT").formParam("reason", "  ")
                .post("/arenden/" + CASE + "/underrattelser/" + notice + "/stallningstagande");
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith("/arenden/" + CASE + "?sparat=stallningstagande");
        server.verify(putRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", equalTo("Bearer " + anna.accessToken))
                .withRequestBody(equalToJson("{\"decision\": \"OPEN_PRE_ASSESSMENT\"}")));
        assertThat(anna.get("/arenden/" + CASE + "?sparat=stallningstagande").body().asString())
                .contains("Ställningstagandet är registrerat.");

        Response refused = given().redirects().follow(false).cookies(anna.cookies).header("Origin", origin())
                .formParam("_csrf", token).formParam("decision", "NO_ACTION")
                .post("/arenden/" + CASE + "/underrattelser/" + notice + "/stallningstagande");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("Uppgifterna behöver kompletteras").contains("Skäl: måste fyllas i.")
                .contains("Ingenting har ändrats");

        // a decision the form does not offer never reaches case-service
        server.resetRequests();
        Response junk = given().redirects().follow(false).cookies(anna.cookies).header("Origin", origin())
                .formParam("_csrf", token).formParam("decision", "CLOSE_EVERYTHING")
                .post("/arenden/" + CASE + "/underrattelser/" + notice + "/stallningstagande");
        assertThat(junk.statusCode()).isEqualTo(400);
        assertThat(junk.body().asString()).contains("välj inled förhandsbedömning eller ingen åtgärd");
        assertThat(server.findAll(putRequestedFor(urlPathEqualTo(path)))).isEmpty();
    }

    @Test
    void closingTheCaseSendsTheOutcomeAndOutstandingStepsAreRefusedInSwedish() {
        String path = API + "/cases/" + CASE + "/closing";
        server.stubFor(post(urlPathEqualTo(path)).withRequestBody(equalToJson("{\"outcome\": \"MOVED_OUT\"}"))
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlPathEqualTo(path)).withRequestBody(equalToJson(
                "{\"outcome\": \"EVICTION_AVERTED\", \"avertedBy\": \"PAYMENT_COMMITMENT\", \"note\": \"Förbindelse\"}"))
                .willReturn(json(409, CLOSING_REFUSED).withHeader("Content-Type", "application/problem+json")));
        SignIn anna = anna(server);
        String page = anna.get("/arenden/" + CASE).body().asString();
        assertThat(page).contains("Avsluta ärendet").contains("Betalningsförbindelse från socialtjänsten");
        String token = SignIn.csrfToken(page);

        Response refused = given().redirects().follow(false).cookies(anna.cookies).header("Origin", origin())
                .formParam("_csrf", token).formParam("outcome", "EVICTION_AVERTED")
                .formParam("avertedBy", "PAYMENT_COMMITMENT").formParam("note", " Förbindelse ")
                .post("/arenden/" + CASE + "/avsluta");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body().asString()).contains("Ärendet är inte i ett läge där det går")
                .contains("Steg som krävs: ”Kontakt med hyresgästen” är inte registrerat.").contains("Ingenting har ändrats");

        Response done = given().redirects().follow(false).cookies(anna.cookies).header("Origin", origin())
                .formParam("_csrf", token).formParam("outcome", "MOVED_OUT").formParam("avertedBy", "")
                .post("/arenden/" + CASE + "/avsluta");
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith("/arenden/" + CASE + "?sparat=avslutat");
        server.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(path))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken))
                .withRequestBody(equalToJson("{\"outcome\": \"MOVED_OUT\"}")));

        server.resetRequests();
        Response junk = given().redirects().follow(false).cookies(anna.cookies).header("Origin", origin())
                .formParam("_csrf", token).formParam("outcome", "").post("/arenden/" + CASE + "/avsluta");
        assertThat(junk.statusCode()).isEqualTo(400);
        assertThat(junk.body().asString()).contains("Utfall: välj hur ärendet slutade.");
        assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo(path))))
                .isEmpty();
    }

    @Test
    void aTaskIsMarkedDoneAndThePreAssessmentExtendedAsTheUser() {
        String task = "7a000000-0000-4000-8000-000000000001";
        server.stubFor(post(urlPathEqualTo(API + "/cases/" + CASE + "/tasks/" + task + "/done"))
                .willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlPathEqualTo(API + "/cases/" + CASE + "/pre-assessment/extensions"))
                .willReturn(aResponse().withStatus(204)));
        SignIn anna = anna(server);
        String page = anna.get("/arenden/" + CASE).body().asString();
        assertThat(page).contains("Barn berörs: barn- och ungdomsenheten ska involveras (barn- och ungdomsenheten)")
                .contains("Markera som klar").contains("Förläng förhandsbedömningen");
        String token = SignIn.csrfToken(page);

        Response done = given().redirects().follow(false).cookies(anna.cookies).header("Origin", origin())
                .formParam("_csrf", token).post("/arenden/" + CASE + "/uppgifter/" + task + "/klar");
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith("?sparat=uppgift");
        server.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo(API + "/cases/" + CASE + "/tasks/" + task + "/done"))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken)));

        Response extended = given().redirects().follow(false).cookies(anna.cookies).header("Origin", origin())
                .formParam("_csrf", token).formParam("newLimit", "2027-01-12").formParam("reason", "Ingen kontakt ännu")
                .post("/arenden/" + CASE + "/forhandsbedomning/forlangning");
        assertThat(extended.statusCode()).isEqualTo(303);
        server.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo(API + "/cases/" + CASE + "/pre-assessment/extensions"))
                .withRequestBody(equalToJson("{\"newLimit\": \"2027-01-12\", \"reason\": \"Ingen kontakt ännu\"}")));

        server.resetRequests();
        Response badDate = given().redirects().follow(false).cookies(anna.cookies).header("Origin", origin())
                .formParam("_csrf", token).formParam("newLimit", "12/1").formParam("reason", "x")
                .post("/arenden/" + CASE + "/forhandsbedomning/forlangning");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body().asString()).contains("Ny sista dag: ange ett datum (åååå-mm-dd).");
        assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo(API + "/cases/" + CASE + "/pre-assessment/extensions")))).isEmpty();
    }

    @Test
    void aStepTheRulesRefuseIsShownInSwedish() {
        SignIn anna = anna(server);
        String token = SignIn.csrfToken(anna.get("/arenden/" + CASE).body().asString());
        Response r = given().redirects().follow(false).cookies(anna.cookies).header("Origin", origin())
                .formParam("_csrf", token).formParam("kind", "ACTION_PLAN").formParam("notes", "Plan")
                .post("/arenden/" + CASE + "/steg");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body().asString()).contains("Handbokens regler tillåter inte steget just nu")
                .contains("är ett utredningssteg eller en insats").contains("Ingenting har ändrats");
        server.verify(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo(API + "/cases/" + CASE + "/steps"))
                .withRequestBody(equalToJson("{\"kind\": \"ACTION_PLAN\", \"notes\": \"Plan\"}")));
    }

    @Test
    void aCaseTheUserMayNotSeeIsA404PageAndCaseServiceDownIsA503Page() {
        SignIn anna = anna(server);
        server.stubFor(get(urlPathEqualTo(API + "/cases/" + CASE_2)).willReturn(json(404,
                "{\"type\":\"https://bokvar.se/problems/not-found\",\"title\":\"Not found\",\"status\":404}")));
        Response missing = anna.get("/arenden/" + CASE_2);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body().asString()).contains("Sidan finns inte");

        server.stubFor(get(urlPathEqualTo(API + "/cases/" + CASE_2)).willReturn(aResponse().withStatus(500)));
        Response down = anna.get("/arenden/" + CASE_2);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body().asString()).contains("Tjänsten är inte tillgänglig").contains("ärendetjänsten (case-service)")
                .contains("Ingenting har gått förlorat").doesNotContain("Exception").doesNotContain("at se.bokvar");

        assertThat(anna.get("/arenden/not-a-case").statusCode()).isEqualTo(404);

        server.stubFor(get(urlPathEqualTo(API + "/cases/" + CASE_2)).willReturn(json(403,
                "{\"type\":\"https://bokvar.se/problems/forbidden\",\"title\":\"Your role may not do this\",\"status\":403,"
                        + "\"detail\":\"Caseworkers and supervisors read cases\"}")));
        Response refused = anna.get("/arenden/" + CASE_2);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body().asString()).contains("Din roll får inte göra detta");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] { "/utloggad", "/static/web-commons/bokvar.css", "/finns-inte" }) {
            Response r = given().redirects().follow(false).get(path);
            assertThat(r.header("Content-Security-Policy")).as(path).startsWith("default-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
        }
        Response page = given().get("/utloggad");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        String html = page.body().asString();
        assertThat(html).contains("<html lang=\"sv\">").contains("href=\"#innehall\"").doesNotContain("<script")
                .doesNotContain("style=");
        assertThat(given().get("/static/web-commons/bokvar.css").statusCode()).isEqualTo(200);
        Response unknown = given().redirects().follow(false).get("/finns-inte");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void healthAnswersWithoutSignIn() {
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** The accessibility statement: open without signing in, DIGG's parts, linked from every page's footer. */
    @Test
    void theAccessibilityStatementIsOpenWithoutSignInAndLinkedFromEveryPage() {
        Response r = given().redirects().follow(false).get("/tillganglighet");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.header("Content-Security-Policy")).startsWith("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        String html = r.body().asString();
        assertThat(html).contains("<html lang=\"sv\">", "<h1>Tillgänglighetsredogörelse</h1>", "WCAG 2.1",
                "lagen (2018:1937)", "axe-core", "mailto:tillganglighet@bokvar.example",
                "href=\"https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet\"",
                "Senaste bedömningen gjordes den").doesNotContain("<script").doesNotContain("style=");
        for (String heading : new String[] { "Hur tillgänglig är tjänsten?", "Rapportera brister i tjänstens tillgänglighet",
                "Tillsyn", "Innehåll som inte är tillgängligt", "Hur vi testat tjänsten" }) {
            assertThat(html).contains(">" + heading + "<");
        }
        // the footer of every page links to it, signed in or not
        assertThat(given().get("/utloggad").body().asString()).contains("href=\"/tillganglighet\"");
        assertThat(anna(server).get("/tillganglighet").body().asString()).contains("href=\"/tillganglighet\"")
                .contains("Logga ut");
    }

    static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static final String INBOX = """
            {"board": "nordost", "unit": "adult", "limit": 25, "offset": 0,
             "items": [
              {"id": "%s", "board": "nordost", "status": "OPENED", "openedAt": "2026-12-01T10:00:00+01:00",
               "street": "Exempelgatan 12", "postalCode": "415 02", "childrenKnown": "UNKNOWN", "assignedTo": null,
               "actBy": "2026-12-10", "escalation": "TERMINATION_UNPAID_RENT", "urgentDeadline": "RECOVERY_PERIOD",
               "urgentAt": "2026-12-10T23:00:00Z", "breached": false, "noticesWithoutPosition": 1, "urgent": false},
              {"id": "%s", "board": "nordost", "status": "PRE_ASSESSMENT", "openedAt": "2026-12-01T10:00:00+01:00",
               "street": "Exempelgatan 14", "postalCode": "415 02", "childrenKnown": "NO", "assignedTo": "anna",
               "actBy": null, "escalation": "EVICTION", "urgentDeadline": "KFM_ACKNOWLEDGEMENT",
               "urgentAt": "2026-12-04T23:00:00Z", "breached": true, "noticesWithoutPosition": 0, "urgent": true}
             ],
             "awaitingPosition": [
              {"noticeId": "6f1d3c9a-0000-4000-8000-000000000001", "caseId": "%s", "kind": "TERMINATION_UNPAID_RENT",
               "source": "LANDLORD", "receivedAt": "2026-12-07T07:15:00Z"}
             ]}""".formatted(CASE, CASE_2, CASE);

    static final String CASE_JSON = """
            {"id": "%s", "board": "nordost", "unit": "adult", "status": "OPENED",
             "openedAt": "2026-12-01T10:00:00+01:00", "assignedTo": null,
             "address": {"street": "Exempelgatan 12", "postalCode": "415 02", "city": "Göteborg", "flatNumber": "1102"},
             "childrenKnown": "UNKNOWN",
             "household": [{"personalIdentityNumber": "19850315-2384", "coordinationNumber": false,
                            "name": "Maria Exempelsson", "role": "TENANT"}],
             "notices": [{"id": "6f1d3c9a-0000-4000-8000-000000000001", "kind": "TERMINATION_UNPAID_RENT",
                          "source": "LANDLORD", "senderId": "hemma-bostader", "senderReference": "HB-1",
                          "receivedAt": "2026-11-19T09:00:00+01:00", "servedOn": "2026-11-19", "monthlyRent": 7850,
                          "debtAmount": 15700, "monthsInArrears": 2, "status": "ACTIVE", "revision": 1,
                          "otherSource": null, "kfmCaseNumber": null, "evictionAt": null, "position": null}],
             "deadlines": {
               "recoveryPeriod": {"countedFrom": "2026-11-19", "nominalEnd": "2026-12-10", "lastDay": "2026-12-10",
                                  "provisional": false, "actBy": "2026-12-10", "state": "PENDING",
                                  "noticeId": "6f1d3c9a-0000-4000-8000-000000000001",
                                  "legalBasis": "Jordabalken 12 kap. 44 §", "movedBecause": []},
               "all": [
                 {"kind": "RECOVERY_PERIOD", "ref": "6f1d3c9a-0000-4000-8000-000000000001", "state": "PENDING",
                  "dueOn": "2026-12-10", "passesAt": "2026-12-10T23:00:00Z", "actBy": "2026-12-10",
                  "nearFrom": "2026-12-07T23:00:00Z", "note": null},
                 {"kind": "PRE_ASSESSMENT", "ref": null, "state": "PENDING", "dueOn": "2026-12-29",
                  "passesAt": "2026-12-29T23:00:00Z", "actBy": null, "nearFrom": null, "note": null}
               ]},
             "escalation": "TERMINATION_UNPAID_RENT", "urgent": false, "previousCaseId": null,
             "noticesWithoutPosition": 1, "evictions": [],
             "tasks": [{"id": "7a000000-0000-4000-8000-000000000001", "unit": "children", "kind": "CHILDREN_INVOLVEMENT",
                        "createdAt": "2026-12-01T10:00:00+01:00", "doneAt": null}],
             "requiredSteps": [], "closing": null}
            """.formatted(CASE);

    static final String POSITION_WITHOUT_REASON = """
            {"type": "https://bokvar.se/problems/validation", "title": "Invalid request", "status": 400,
             "errors": [{"field": "reason", "message": "is required when the position is NO_ACTION: say why"}]}
            """;

    static final String CLOSING_REFUSED = """
            {"type": "https://bokvar.se/problems/invalid-transition", "title": "Invalid transition", "status": 409,
             "detail": "Required steps are outstanding: [TENANT_CONTACT]",
             "errors": [{"field": "requiredSteps", "message": "TENANT_CONTACT case is not recorded"}]}
            """;

    static final String STEP_REFUSED = """
            {"type": "https://bokvar.se/problems/step-refused", "title": "The handbook's rules do not allow this step",
             "status": 409,
             "detail": "ACTION_PLAN is an investigative step or individual support: it needs an opened investigation (INVESTIGATION_OPENED, with the adult's agreement); the case is in OPENED",
             "errors": [{"field": "kind", "message": "ACTION_PLAN is an investigative step or individual support: it needs an opened investigation (INVESTIGATION_OPENED, with the adult's agreement); the case is in OPENED"}]}
            """;
}
