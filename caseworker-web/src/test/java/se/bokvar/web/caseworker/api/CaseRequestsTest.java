package se.bokvar.web.caseworker.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
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
 * The case's remaining actions end to end, as {@link ConsentPagesTest}: assigning a colleague, asking Kronofogden for a
 * postponement, and a disclosing step case-service refuses for want of consent.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CaseRequestsTest {

    static final UUID CASE = ConsentPagesTest.CASE;
    static final String API = DeskTest.API;

    @OidcWireMock
    WireMockServer server;

    @BeforeEach
    void caseService() {
        server.resetRequests();
        server.stubFor(get(urlPathEqualTo(API + "/cases/" + CASE)).willReturn(DeskTest.json(200, ConsentPagesTest.CASE_JSON)));
    }

    @Test
    void assigningAColleagueAndAskingForAPostponementAsTheUser() {
        server.stubFor(put(urlPathEqualTo(API + "/cases/" + CASE + "/assignment")).willReturn(aResponse().withStatus(204)));
        server.stubFor(post(urlPathEqualTo(API + "/cases/" + CASE + "/postponements"))
                .willReturn(DeskTest.json(201, "{\"requestId\": \"5a000000-0000-4000-8000-000000000001\"}")));
        SignIn anna = DeskTest.anna(server);
        String page = anna.get("/arenden/" + CASE).body().asString();
        assertThat(page).contains("Tilldela en kollega").contains("Begär anstånd med avhysningen")
                .contains("Socialtjänsten behöver tid att ordna boende").contains("<option value=\"KFM-2026-12345\">");
        String token = SignIn.csrfToken(page);

        Response assigned = ConsentPagesTest.form(anna, token).formParam("caseworker", " bertil ").post("/arenden/" + CASE + "/tilldela");
        assertThat(assigned.statusCode()).isEqualTo(303);
        assertThat(assigned.header("Location")).endsWith("?sparat=tilldelat");
        server.verify(putRequestedFor(urlPathEqualTo(API + "/cases/" + CASE + "/assignment"))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken))
                .withRequestBody(equalToJson("{\"caseworker\": \"bertil\"}")));

        Response postponed = ConsentPagesTest.form(anna, token).formParam("kfmCaseNumber", "KFM-2026-12345")
                .formParam("grounds", "SOCIAL_SERVICES_NEED_TIME").formParam("motivation", "Andrahandskontrakt från den 1:a")
                .post("/arenden/" + CASE + "/anstand");
        assertThat(postponed.statusCode()).isEqualTo(303);
        assertThat(anna.get(postponed.header("Location").replaceFirst("^https?://[^/]+", "")).body().asString())
                .contains("Begäran om anstånd är skickad till Kronofogden.");
        server.verify(postRequestedFor(urlPathEqualTo(API + "/cases/" + CASE + "/postponements"))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken))
                .withRequestBody(equalToJson("""
                        {"kfmCaseNumber": "KFM-2026-12345", "grounds": "SOCIAL_SERVICES_NEED_TIME",
                         "motivation": "Andrahandskontrakt från den 1:a"}""")));

        // a request no consent covers: case-service refuses it (nothing reaches Kronofogden), said in Swedish
        server.stubFor(post(urlPathEqualTo(API + "/cases/" + CASE + "/postponements"))
                .withRequestBody(equalToJson("{\"grounds\": \"ILLNESS\"}", true, true)).willReturn(DeskTest.json(403, """
                        {"type": "https://bokvar.se/problems/consent-required", "title": "Consent required", "status": 403,
                         "detail": "The postponement request was not sent to Kronofogden: No consent or other legal ground is recorded for this person on this case. The refused attempt is recorded on the case's timeline."}""")));
        Response refused = ConsentPagesTest.form(anna, token).formParam("kfmCaseNumber", "KFM-2026-12345")
                .formParam("grounds", "ILLNESS").formParam("motivation", "Inlagd på sjukhus").post("/arenden/" + CASE + "/anstand");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body().asString()).contains("Utlämnande nekat: inget samtycke täcker detta")
                .contains("Begäran om anstånd skickades inte: inget samtycke eller annat lagstöd täcker")
                .contains("försöket är registrerat i ärendets tidslinje");

        // refusals: case-service's (a colleague of another unit) in Swedish; the desk's own before anything is sent
        server.stubFor(put(urlPathEqualTo(API + "/cases/" + CASE + "/assignment"))
                .withRequestBody(equalToJson("{\"caseworker\": \"olle\"}")).willReturn(DeskTest.json(400, """
                        {"type": "https://bokvar.se/problems/validation", "title": "Invalid", "status": 400,
                         "errors": [{"field": "caseworker", "message": "is not a caseworker of the case's adult unit"}]}""")));
        Response other = ConsentPagesTest.form(anna, token).formParam("caseworker", "olle").post("/arenden/" + CASE + "/tilldela");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body().asString()).contains("Handläggare: ").contains("Ingenting har ändrats");
        server.resetRequests();
        assertThat(ConsentPagesTest.form(anna, token).formParam("caseworker", "två ord").post("/arenden/" + CASE + "/tilldela").statusCode())
                .isEqualTo(400);
        Response noGrounds = ConsentPagesTest.form(anna, token).formParam("kfmCaseNumber", "KFM-2026-12345").formParam("grounds", "BORED")
                .formParam("motivation", "x").post("/arenden/" + CASE + "/anstand");
        assertThat(noGrounds.statusCode()).isEqualTo(400);
        assertThat(noGrounds.body().asString()).contains("Skäl för anstånd: välj ett av skälen.");
        assertThat(server.findAll(putRequestedFor(urlPathMatching(API + "/cases/.*")))).isEmpty();
        assertThat(server.findAll(postRequestedFor(urlPathMatching(API + "/cases/.*")))).isEmpty();
    }


    @Test
    void theAssignFormSuggestsTheColleaguesOfTheBoardsAdultUnitByLoginAndNameOnly() {
        SignIn anna = DeskTest.anna(server);
        String page = anna.get("/arenden/" + CASE).body().asString();
        String form = page.substring(page.indexOf("action=\"/arenden/" + CASE + "/tilldela\""));
        form = form.substring(0, form.indexOf("</form>"));
        assertThat(form).contains("list=\"kollegor\"").contains("<datalist id=\"kollegor\">")
                .contains("<option value=\"david\">David Dahl</option>").contains("<option value=\"sara\">Sara Svensson</option>")
                .doesNotContain("value=\"anna\"").doesNotContain("cecilia").doesNotContain("bengt")
                .doesNotContain("@").doesNotContain("031-");
    }

    @Test
    void releasingTheCaseIsSentAsTheUserAndARefusalIsShownInSwedish() {
        String assigned = ConsentPagesTest.CASE_JSON.replace("\"assignedTo\": null", "\"assignedTo\": \"anna\"");
        server.stubFor(get(urlPathEqualTo(API + "/cases/" + CASE)).willReturn(DeskTest.json(200, assigned)));
        server.stubFor(delete(urlPathEqualTo(API + "/cases/" + CASE + "/assignment")).willReturn(aResponse().withStatus(204)));
        SignIn anna = DeskTest.anna(server);
        String page = anna.get("/arenden/" + CASE).body().asString();
        assertThat(page).contains("action=\"/arenden/" + CASE + "/slapp\"").contains("Släpp ärendet")
                .contains("Du är handläggare för ärendet.");
        String token = SignIn.csrfToken(page);
        Response released = ConsentPagesTest.form(anna, token).post("/arenden/" + CASE + "/slapp");
        assertThat(released.statusCode()).isEqualTo(303);
        assertThat(released.header("Location")).endsWith("/arenden/" + CASE + "?sparat=slappt");
        server.verify(deleteRequestedFor(urlPathEqualTo(API + "/cases/" + CASE + "/assignment"))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken)));
        assertThat(anna.get("/arenden/" + CASE + "?sparat=slappt").body().asString())
                .contains("Ärendet har ingen handläggare längre");

        // a caseworker of another unit may not: case-service's 403 in Swedish, on the case page
        server.stubFor(delete(urlPathEqualTo(API + "/cases/" + CASE + "/assignment")).willReturn(DeskTest.json(403, """
                {"type": "https://bokvar.se/problems/forbidden", "title": "Forbidden", "status": 403,
                 "detail": "Your unit may not assign caseworkers on this case."}""")
                .withHeader("Content-Type", "application/problem+json")));
        Response refused = ConsentPagesTest.form(anna, token).post("/arenden/" + CASE + "/slapp");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body().asString()).contains("Din roll får inte göra detta")
                .contains("Din enhet får inte göra detta i ärendet").contains("Ingenting har ändrats");

        // nobody assigned: nothing to release
        server.stubFor(get(urlPathEqualTo(API + "/cases/" + CASE)).willReturn(DeskTest.json(200, ConsentPagesTest.CASE_JSON)));
        assertThat(anna.get("/arenden/" + CASE).body().asString()).doesNotContain("/slapp\"");
        // without the CSRF token nothing is sent
        server.resetRequests();
        Response forged = io.restassured.RestAssured.given().redirects().follow(false).cookies(anna.cookies)
                .header("Origin", DeskTest.origin()).contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .post("/arenden/" + CASE + "/slapp");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(server.findAll(deleteRequestedFor(urlPathMatching(API + "/cases/.*")))).isEmpty();
    }

    @Test
    void aStepCaseServiceCouldNotCheckWithConsentServiceIsShownOnTheFormToTryAgainNotThe503Page() {
        server.stubFor(post(urlPathEqualTo(API + "/cases/" + CASE + "/steps")).willReturn(DeskTest.json(503, """
                {"type": "https://bokvar.se/problems/dependency-unavailable",
                 "title": "A service this request depends on did not answer", "status": 503,
                 "detail": "CONTACT_OTHER_ADMINISTRATION was not done: consent-service did not answer (TimeoutException); a disclosure is never made without its decision. The refused attempt is recorded on the case (step 5b000000-0000-4000-8000-000000000002)."}""")
                .withHeader("Content-Type", "application/problem+json")));
        SignIn anna = DeskTest.anna(server);
        String token = SignIn.csrfToken(anna.get("/arenden/" + CASE).body().asString());
        Response r = ConsentPagesTest.form(anna, token).formParam("kind", "CONTACT_OTHER_ADMINISTRATION")
                .formParam("administration", "elderly-care").formParam("notes", "Ringde äldreomsorgen")
                .post("/arenden/" + CASE + "/steg");
        assertThat(r.statusCode()).isEqualTo(503);
        String html = r.body().asString();
        assertThat(html).contains("<h1>Ärende: Exempelgatan 12</h1>").contains("Steget kunde inte göras just nu")
                .contains("samtycket kunde inte kontrolleras, eftersom samtyckestjänsten inte svarade")
                .contains("Försök igen om en stund").doesNotContain("Tjänsten är inte tillgänglig just nu")
                .doesNotContain("Exception</").doesNotContain("at se.bokvar");
        // the form keeps what was filled in, to send again
        assertThat(html).contains("<option value=\"elderly-care\" selected>").contains(">Ringde äldreomsorgen</textarea>");

        // any other 503 of case-service is still the page saying it is down
        server.stubFor(post(urlPathEqualTo(API + "/cases/" + CASE + "/steps")).willReturn(aResponse().withStatus(503)));
        Response down = ConsentPagesTest.form(anna, token).formParam("kind", "REGISTER_CHECK").post("/arenden/" + CASE + "/steg");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body().asString()).contains("Tjänsten är inte tillgänglig just nu").contains("ärendetjänsten");
    }

    @Test
    void aDisclosureWithoutConsentIsShownAsRefusedInSwedish() {
        server.stubFor(post(urlPathEqualTo(API + "/cases/" + CASE + "/steps")).willReturn(DeskTest.json(403, """
                {"type": "https://bokvar.se/problems/consent-required", "title": "No valid consent covers this disclosure",
                 "status": 403, "detail": "CONTACT_OTHER_ADMINISTRATION was not done: Consent 9c0e0000-0000-4000-8000-000000000001 no longer covers OTHER_ADMINISTRATION elderly-care: wholly withdrawn on 2026-12-07 (version 3). The refused attempt is recorded on the case (step 5b000000-0000-4000-8000-000000000001)."}""")
                .withHeader("Content-Type", "application/problem+json")));
        SignIn anna = DeskTest.anna(server);
        String token = SignIn.csrfToken(anna.get("/arenden/" + CASE).body().asString());
        Response r = ConsentPagesTest.form(anna, token).formParam("kind", "CONTACT_OTHER_ADMINISTRATION").formParam("administration", "elderly-care")
                .post("/arenden/" + CASE + "/steg");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body().asString()).contains("Utlämnande nekat: inget samtycke täcker detta")
                .contains("”Kontakt med annan förvaltning” gjordes inte: samtycket är återkallat för detta.")
                .contains("Ingenting har ändrats");
        server.verify(postRequestedFor(urlPathEqualTo(API + "/cases/" + CASE + "/steps"))
                .withRequestBody(equalToJson("{\"kind\": \"CONTACT_OTHER_ADMINISTRATION\", \"administration\": \"elderly-care\"}")));
    }
}
