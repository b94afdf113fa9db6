package se.bokvar.web.caseworker.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
