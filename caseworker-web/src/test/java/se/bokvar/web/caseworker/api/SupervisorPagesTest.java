package se.bokvar.web.caseworker.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
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
import io.restassured.response.Response;

/**
 * The supervisors' pages end to end, as {@link DeskTest}: Quarkus' in-process OIDC server plays Keycloak and
 * case-service. Today is Monday 7 December 2026.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SupervisorPagesTest {

    static final UUID UNROUTED = UUID.fromString("0b9c2d4e-3333-4a5b-9c3d-2e4f6a8b0c1d");
    static final String API = DeskTest.API;

    @OidcWireMock
    WireMockServer server;

    @BeforeEach
    void caseService() {
        server.resetRequests();
        server.stubFor(get(urlPathEqualTo(API + "/supervision/unrouted")).willReturn(DeskTest.json(200, UNROUTED_JSON)));
        server.stubFor(get(urlPathEqualTo(API + "/supervision/overdue-acknowledgements"))
                .willReturn(DeskTest.json(200, OVERDUE_JSON)));
        server.stubFor(get(urlPathEqualTo(API + "/statistics")).willReturn(DeskTest.json(200, STATISTICS_JSON)));
        server.stubFor(put(urlPathEqualTo(API + "/cases/" + UNROUTED + "/board")).willReturn(aResponse().withStatus(204)));
    }

    static SignIn sara(WireMockServer server) {
        return SignIn.as(server, "sara", "Sara Arbetsledare", Set.of("supervisor"),
                Map.of("board", "nordost", "unit_type", "adult", "name", "Sara Arbetsledare"));
    }

    @Test
    void theSupervisorSeesTheUnroutedQueueWithAFormPerCaseAsHerself() {
        SignIn sara = sara(server);
        String start = sara.get("/").body().asString();
        assertThat(start).contains("href=\"/ej-fordelade\"").contains("href=\"/forsenade-kvittenser\"")
                .contains("href=\"/statistik\"").contains("href=\"/sok\"").doesNotContain("senare version");
        Response r = sara.get("/ej-fordelade");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().asString()).contains("<h1>Ej fördelade underrättelser</h1>").contains("Utmarksvägen 3, 429 31")
                .contains("action=\"/ej-fordelade/" + UNROUTED + "/namnd\"").contains("name=\"_csrf\"")
                .contains("<option value=\"hisingen\">Hisingen</option>").contains("<option value=\"sydvast\">Sydväst</option>")
                .contains("3 arbetsdagar kvar").contains("aria-current=\"page\"");
        server.verify(getRequestedFor(urlPathEqualTo(API + "/supervision/unrouted"))
                .withHeader("Authorization", equalTo("Bearer " + sara.accessToken)).withQueryParam("limit", equalTo("51")));
        assertThat(r.body().asString()).as("one page: no pager").doesNotContain("Nästa sida");
        // a later page asks for the cases up to it (case-service takes no offset)
        Response second = sara.get("/ej-fordelade?sida=2");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body().asString()).contains("Inga fler ärenden utan nämnd").contains("href=\"/ej-fordelade?sida=1\"");
        server.verify(getRequestedFor(urlPathEqualTo(API + "/supervision/unrouted")).withQueryParam("limit", equalTo("101")));
    }

    @Test
    void movingACaseToABoardIsSentAsTheSupervisorAndARefusalIsShownInSwedish() {
        SignIn sara = sara(server);
        String token = SignIn.csrfToken(sara.get("/ej-fordelade").body().asString());
        Response done = post(sara, token, "/ej-fordelade/" + UNROUTED + "/namnd", "board", "hisingen", "reason",
                " Lägenheten ligger på Hisingen ");
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).endsWith("/ej-fordelade?flyttat=1");
        server.verify(putRequestedFor(urlPathEqualTo(API + "/cases/" + UNROUTED + "/board"))
                .withHeader("Authorization", equalTo("Bearer " + sara.accessToken))
                .withRequestBody(equalToJson("{\"board\": \"hisingen\", \"reason\": \"Lägenheten ligger på Hisingen\"}")));
        assertThat(sara.get("/ej-fordelade?flyttat=1").body().asString()).contains("Ärendet är flyttat till nämnden.");

        server.stubFor(put(urlPathEqualTo(API + "/cases/" + UNROUTED + "/board")).atPriority(1)
                .withRequestBody(equalToJson("{\"board\": \"centrum\", \"reason\": \"Fel nämnd\"}"))
                .willReturn(DeskTest.json(409, "{\"type\": \"https://bokvar.se/problems/conflict\", \"title\": \"Conflict\","
                        + " \"status\": 409, \"detail\": \"The case already belongs to centrum.\"}")));
        Response refused = post(sara, token, "/ej-fordelade/" + UNROUTED + "/namnd", "board", "centrum", "reason", "Fel nämnd");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body().asString()).contains("Det gick inte: ärendet har ändrats under tiden")
                .contains("Ärendet hör redan till den nämnden.").contains("Ingenting har ändrats");

        server.resetRequests();
        Response noBoard = post(sara, token, "/ej-fordelade/" + UNROUTED + "/namnd", "board", "atlantis", "reason", "x");
        assertThat(noBoard.statusCode()).isEqualTo(400);
        assertThat(noBoard.body().asString()).contains("Nämnd: välj den nämnd ärendet ska till.").contains("Ingenting har ändrats");
        assertThat(server.findAll(putRequestedFor(urlPathMatching(API + "/cases/.*/board")))).isEmpty();
    }

    @Test
    void aMoveWithoutTheCsrfTokenIsRefusedAndNothingIsSent() {
        SignIn sara = sara(server);
        sara.get("/ej-fordelade");
        Response r = given().redirects().follow(false).cookies(sara.cookies).header("Origin", DeskTest.origin())
                .formParam("board", "hisingen").formParam("reason", "Hisingen").post("/ej-fordelade/" + UNROUTED + "/namnd");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body().asString()).contains("Formuläret kunde inte skickas");
        assertThat(server.findAll(putRequestedFor(urlPathMatching(API + "/cases/.*/board")))).isEmpty();
    }

    @Test
    void overdueAcknowledgementsAreListedAsTheSupervisor() {
        SignIn sara = sara(server);
        Response r = sara.get("/forsenade-kvittenser");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().asString()).contains("<h1>Försenade kvittenser</h1>").contains("KFM-2026-0042")
                .contains("fre 4 dec 2026 kl. 15:30").contains("fre 4 dec 2026").contains(">anna<")
                .contains("href=\"/arenden/" + DeskTest.CASE + "\"").contains("Ej fördelad");
        server.verify(getRequestedFor(urlPathEqualTo(API + "/supervision/overdue-acknowledgements"))
                .withHeader("Authorization", equalTo("Bearer " + sara.accessToken)));
    }

    @Test
    void statisticsAreTablesAndAnAccessibleSvgChartForThePeriodAsked() {
        SignIn sara = sara(server);
        Response r = sara.get("/statistik");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body().asString();
        assertThat(html).contains("<h1>Statistik</h1>").contains("value=\"2026-01\"").contains("value=\"2026-12\"")
                .contains("<svg role=\"img\" aria-labelledby=\"diagram-titel diagram-beskrivning\"")
                .contains("<title id=\"diagram-titel\">Underrättelser per månad</title>").contains("<desc id=\"diagram-beskrivning\">")
                .contains("<rect ").contains("<td>november 2026</td><td>minst 12</td>").contains("<td>oktober 2026</td><td>7</td>")
                .contains("<td>januari 2026</td><td>0</td>").doesNotContain("<td>december 2026</td>")
                .contains("<td>dold</td>").doesNotContain("färre än 5").contains("30,5 timmar")
                .contains("Vissa siffror döljs så att små antal (1–4) inte kan räknas fram ur andra siffror")
                .contains("Siffrorna gäller till och med november 2026")
                .contains("visas inte").contains("42,0 %").contains("Avhysningen avvärjd")
                .contains("Betalningsförbindelse från socialtjänsten").contains("Återvinningsfrist").contains("Uppfylld")
                .doesNotContain("style=").doesNotContainPattern("<script(?! src=\"/webjars/htmx.org/2\\.0\\.4/dist/htmx\\.min\\.js\" defer></script>)");
        server.verify(getRequestedFor(urlPathEqualTo(API + "/statistics"))
                .withHeader("Authorization", equalTo("Bearer " + sara.accessToken))
                .withQueryParam("from", equalTo("2026-01")).withQueryParam("to", equalTo("2026-12"))
                .withQueryParam("scope", equalTo("board")));

        server.resetRequests();
        assertThat(sara.get("/statistik?fran=2025-06&till=2026-05&omfattning=kommun").statusCode()).isEqualTo(200);
        server.verify(getRequestedFor(urlPathEqualTo(API + "/statistics")).withQueryParam("from", equalTo("2025-06"))
                .withQueryParam("to", equalTo("2026-05")).withQueryParam("scope", equalTo("municipality")));
    }

    @Test
    void aPeriodCaseServiceRefusesIsShownInSwedishAndABadMonthIsNotSent() {
        server.stubFor(get(urlPathEqualTo(API + "/statistics")).withQueryParam("from", equalTo("2026-12")).atPriority(1)
                .willReturn(DeskTest.json(400, "{\"type\": \"https://bokvar.se/problems/validation\", \"title\": \"Invalid\","
                        + " \"status\": 400, \"errors\": [{\"field\": \"to\", \"message\": \"must not be before from\"}]}")));
        SignIn sara = sara(server);
        Response refused = sara.get("/statistik?fran=2026-12&till=2026-01");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("Uppgifterna behöver kompletteras")
                .contains("Till: får inte vara före från-månaden.").doesNotContain("<svg");

        server.resetRequests();
        Response bad = sara.get("/statistik?fran=juni&till=2026-01");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body().asString()).contains("Från: ange en månad (åååå-mm).");
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo(API + "/statistics")))).isEmpty();
    }

    @Test
    void caseworkersAndAuditorsGet403OnTheSupervisorsPages() {
        SignIn anna = DeskTest.anna(server);
        SignIn olof = SignIn.as(server, "olof", "Olof Granskare", Set.of("auditor"), Map.of());
        assertThat(anna.get("/").body().asString()).doesNotContain("href=\"/ej-fordelade\"").contains("href=\"/sok\"");
        for (String path : new String[] { "/ej-fordelade", "/forsenade-kvittenser", "/statistik" }) {
            assertThat(anna.get(path).statusCode()).as(path).isEqualTo(403);
            assertThat(olof.get(path).statusCode()).as(path).isEqualTo(403);
        }
        String token = SignIn.csrfToken(anna.get("/sok").body().asString());
        assertThat(post(anna, token, "/ej-fordelade/" + UNROUTED + "/namnd", "board", "hisingen", "reason", "x")
                .statusCode()).isEqualTo(403);
        assertThat(server.findAll(getRequestedFor(urlPathMatching(API + "/(supervision|statistics).*")))).isEmpty();
        assertThat(server.findAll(putRequestedFor(urlPathMatching(API + "/cases/.*/board")))).isEmpty();
    }

    static Response post(SignIn user, String csrf, String path, String... fields) {
        var request = given().redirects().follow(false).cookies(user.cookies).header("Origin", DeskTest.origin())
                .formParam("_csrf", csrf);
        for (int i = 0; i < fields.length; i += 2) {
            request = request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(path);
    }

    static final String UNROUTED_JSON = """
            [{"id": "%s", "board": null, "status": "OPENED", "openedAt": "2026-12-01T10:00:00+01:00",
              "street": "Utmarksvägen 3", "postalCode": "429 31", "childrenKnown": "UNKNOWN", "assignedTo": null,
              "actBy": "2026-12-10", "escalation": "TERMINATION_UNPAID_RENT", "urgentDeadline": "RECOVERY_PERIOD",
              "urgentAt": "2026-12-10T23:00:00Z", "breached": false, "noticesWithoutPosition": 1, "urgent": false}]
            """.formatted(UNROUTED);

    static final String OVERDUE_JSON = """
            [{"caseId": "%s", "board": null, "kfmCaseNumber": "KFM-2026-0042", "dueOn": "2026-12-04",
              "receivedAt": "2026-12-04T14:30:00Z", "responsibleCaseworker": "anna", "attempts": 2}]
            """.formatted(DeskTest.CASE);

    static final String STATISTICS_JSON = """
            {"scope": "nordost", "from": "2026-01", "to": "2026-12", "publishedThrough": "2026-11",
             "notices": [
               {"month": "2026-10", "board": "nordost", "kind": "TERMINATION_UNPAID_RENT", "count": {"count": 7}},
               {"month": "2026-11", "board": "nordost", "kind": "TERMINATION_UNPAID_RENT", "count": {"count": 12}},
               {"month": "2026-11", "board": "nordost", "kind": "EVICTION", "count": {"suppressed": "hidden"}}],
             "firstPersonalContact": {"cases": {"count": 9}, "medianHours": 30.5},
             "children": {"cases": {"count": 50}, "withChildren": {"count": 21}, "share": 0.42},
             "outcomes": [{"outcome": "EVICTION_AVERTED", "avertedBy": "PAYMENT_COMMITMENT", "count": {"count": 6}}],
             "deadlines": [{"deadline": "RECOVERY_PERIOD", "state": "MET", "count": {"count": 8}}]}
            """;
}
