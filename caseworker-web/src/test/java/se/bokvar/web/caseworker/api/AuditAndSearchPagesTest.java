package se.bokvar.web.caseworker.api;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/**
 * Granskningslogg (auditors) and Sök (caseworkers, supervisors) end to end, as {@link DeskTest}. A personnummer
 * travels only in POST bodies: never in a URL the desk is asked for, redirects to or calls.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AuditAndSearchPagesTest {

    static final String API = DeskTest.API;
    static final String PNR = "19850315-2384";
    static final String PURPOSE = "Hyresgästen ringde om ett brev";

    @OidcWireMock
    WireMockServer server;

    @BeforeEach
    void caseService() {
        server.resetRequests();
        server.stubFor(post(urlPathEqualTo(API + "/audit/queries")).willReturn(DeskTest.json(200, records(3))));
        server.stubFor(post(urlPathEqualTo(API + "/cases/search")).willReturn(DeskTest.json(200, SEARCH_JSON)));
    }

    static SignIn olof(WireMockServer server) {
        return SignIn.as(server, "olof", "Olof Granskare", Set.of("auditor"), Map.of());
    }

    @Test
    void theAuditorQueriesTheTrailByPersonAndDaysAsHimselfAndPages() {
        SignIn olof = olof(server);
        assertThat(olof.get("/").body().asString()).contains("href=\"/granskningslogg\"").doesNotContain("senare version");
        Response form = olof.get("/granskningslogg");
        assertThat(form.statusCode()).isEqualTo(200);
        String token = SignIn.csrfToken(form.body().asString());

        Response r = SupervisorPagesTest.post(olof, token, "/granskningslogg", "personalIdentityNumber", PNR, "actor", " anna ",
                "action", "person.search", "from", "2026-12-01", "to", "2026-12-07", "caseId", "");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.header("Location")).isNull();
        assertThat(r.body().asString()).contains("<h1>Granskningslogg</h1>").contains("Sökte på personnummer")
                .contains("mån 7 dec 2026 kl. 09:00").contains("Personer (nyckel, aldrig personnummer)")
                .contains("person-key-0").contains("Hyresgästen ringde").contains("Sida 1").doesNotContain("Nästa sida");
        server.verify(postRequestedFor(urlPathEqualTo(API + "/audit/queries"))
                .withHeader("Authorization", equalTo("Bearer " + olof.accessToken))
                .withRequestBody(equalToJson("""
                        {"personalIdentityNumber": "%s", "actor": "anna", "action": "person.search",
                         "from": "2026-12-01T00:00+01:00", "to": "2026-12-08T00:00+01:00", "limit": 51}""".formatted(PNR))));

        server.stubFor(post(urlPathEqualTo(API + "/audit/queries")).willReturn(DeskTest.json(200, records(51))));
        String first = SupervisorPagesTest.post(olof, token, "/granskningslogg", "actor", "anna").body().asString();
        assertThat(first).contains("Nästa sida").contains("name=\"page\" value=\"2\"");
        Response second = SupervisorPagesTest.post(olof, token, "/granskningslogg", "actor", "anna", "page", "2");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body().asString()).contains("Sida 2").contains("Föregående sida").contains("person-key-50")
                .doesNotContain("person-key-49<");
        server.verify(postRequestedFor(urlPathEqualTo(API + "/audit/queries"))
                .withRequestBody(equalToJson("{\"actor\": \"anna\", \"limit\": 101}")));
        assertNoPersonnummerInAnyUrl();
    }

    /** By address: the street and postal code go to case-service, in the POST body, and nothing else is searched. */
    @Test
    void aCaseworkerSearchesByAddress() {
        SignIn anna = DeskTest.anna(server);
        String token = SignIn.csrfToken(anna.get("/sok").body().asString());
        Response r = SupervisorPagesTest.post(anna, token, "/sok", "street", " Exempelgatan 12 ", "postalCode", "415 02",
                "purpose", PURPOSE);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().asString()).contains("href=\"/arenden/" + DeskTest.CASE + "\"");
        server.verify(postRequestedFor(urlPathEqualTo(API + "/cases/search")).withRequestBody(equalToJson(
                "{\"street\": \"Exempelgatan 12\", \"postalCode\": \"415 02\", \"purpose\": \"%s\"}".formatted(PURPOSE))));
        // half an address is refused by the desk itself
        Response half = SupervisorPagesTest.post(anna, token, "/sok", "street", "Exempelgatan 12", "purpose", PURPOSE);
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(half.body().asString()).contains("Adress: fyll i både gata med nummer och postnummer.");
    }

    @Test
    void aQueryTheDeskCannotSendIsRefusedInSwedishAndNotSent() {
        SignIn olof = olof(server);
        String token = SignIn.csrfToken(olof.get("/granskningslogg").body().asString());
        Response r = SupervisorPagesTest.post(olof, token, "/granskningslogg", "caseId", "inte-ett-id");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body().asString()).contains("Uppgifterna behöver kompletteras").contains("Ärende: ange ärendets id");
        Response days = SupervisorPagesTest.post(olof, token, "/granskningslogg", "from", "2026-12-07", "to", "2026-12-01");
        assertThat(days.body().asString()).contains("Till: får inte vara före från-dagen.");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(API + "/audit/queries")))).isEmpty();

        server.stubFor(post(urlPathEqualTo(API + "/audit/queries")).atPriority(1).withRequestBody(equalToJson(
                "{\"personalIdentityNumber\": \"19850315-2385\", \"limit\": 51}")).willReturn(DeskTest.json(400, INVALID_PNR)));
        Response refused = SupervisorPagesTest.post(olof, token, "/granskningslogg", "personalIdentityNumber", "19850315-2385");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("Personnummer: är inte ett giltigt personnummer eller samordningsnummer");
    }

    @Test
    void aCaseworkerSearchesByPersonnummerWithAPurposeInAPostAndTheResultLinksToTheCases() {
        SignIn anna = DeskTest.anna(server);
        Response form = anna.get("/sok");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body().asString()).contains("method=\"post\" action=\"/sok\"").contains("name=\"purpose\"");
        String token = SignIn.csrfToken(form.body().asString());

        Response r = SupervisorPagesTest.post(anna, token, "/sok", "personalIdentityNumber", PNR, "purpose", PURPOSE);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.header("Location")).isNull();
        assertThat(r.body().asString()).contains("Ärenden som matchar")
                .contains("href=\"/arenden/" + DeskTest.CASE + "\"").contains("Exempelgatan 12, 415 02")
                .doesNotContain(PNR).doesNotContain(PURPOSE);
        server.verify(postRequestedFor(urlPathEqualTo(API + "/cases/search"))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken))
                .withRequestBody(equalToJson("{\"personalIdentityNumber\": \"%s\", \"purpose\": \"%s\"}".formatted(PNR, PURPOSE))));
        assertNoPersonnummerInAnyUrl();
    }

    @Test
    void aSearchWithoutPurposeIsNotSentAndCaseServicesRefusalIsShownInSwedish() {
        SignIn anna = DeskTest.anna(server);
        String token = SignIn.csrfToken(anna.get("/sok").body().asString());
        Response shortPurpose = SupervisorPagesTest.post(anna, token, "/sok", "personalIdentityNumber", PNR, "purpose", "kolla");
        assertThat(shortPurpose.statusCode()).isEqualTo(400);
        assertThat(shortPurpose.body().asString()).contains("Syfte: skriv varför du söker, 10 till 500 tecken.")
                .contains("Ingen sökning gjordes");
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(API + "/cases/search")))).isEmpty();

        server.stubFor(post(urlPathEqualTo(API + "/cases/search")).atPriority(1)
                .withRequestBody(equalToJson("{\"personalIdentityNumber\": \"19850315-2385\", \"purpose\": \"%s\"}".formatted(PURPOSE)))
                .willReturn(DeskTest.json(400, INVALID_PNR)));
        Response refused = SupervisorPagesTest.post(anna, token, "/sok", "personalIdentityNumber", "19850315-2385",
                "purpose", PURPOSE);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().asString()).contains("Uppgifterna behöver kompletteras")
                .contains("Personnummer: är inte ett giltigt personnummer eller samordningsnummer");
        assertNoPersonnummerInAnyUrl();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndNothingIsSent() {
        SignIn anna = DeskTest.anna(server);
        anna.get("/sok");
        Response search = given().redirects().follow(false).cookies(anna.cookies).header("Origin", DeskTest.origin())
                .formParam("personalIdentityNumber", PNR).formParam("purpose", PURPOSE).post("/sok");
        assertThat(search.statusCode()).isEqualTo(403);
        assertThat(search.body().asString()).contains("Formuläret kunde inte skickas");
        SignIn olof = olof(server);
        olof.get("/granskningslogg");
        Response audit = given().redirects().follow(false).cookies(olof.cookies).header("Origin", DeskTest.origin())
                .formParam("personalIdentityNumber", PNR).post("/granskningslogg");
        assertThat(audit.statusCode()).isEqualTo(403);
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(API + "/cases/search")))).isEmpty();
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(API + "/audit/queries")))).isEmpty();
    }

    @Test
    void theWrongRolesGet403AndASupervisorMaySearch() {
        SignIn olof = olof(server);
        assertThat(olof.get("/sok").statusCode()).isEqualTo(403);
        String auditToken = SignIn.csrfToken(olof.get("/granskningslogg").body().asString());
        assertThat(SupervisorPagesTest.post(olof, auditToken, "/sok", "personalIdentityNumber", PNR, "purpose", PURPOSE)
                .statusCode()).isEqualTo(403);
        SignIn anna = DeskTest.anna(server);
        assertThat(anna.get("/granskningslogg").statusCode()).isEqualTo(403);
        String token = SignIn.csrfToken(anna.get("/sok").body().asString());
        assertThat(SupervisorPagesTest.post(anna, token, "/granskningslogg", "actor", "anna").statusCode()).isEqualTo(403);
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(API + "/audit/queries")))).isEmpty();
        assertThat(server.findAll(postRequestedFor(urlPathEqualTo(API + "/cases/search")))).isEmpty();

        SignIn sara = SupervisorPagesTest.sara(server);
        String saraToken = SignIn.csrfToken(sara.get("/sok").body().asString());
        assertThat(SupervisorPagesTest.post(sara, saraToken, "/sok", "personalIdentityNumber", PNR, "purpose", PURPOSE)
                .statusCode()).isEqualTo(200);
        assertThat(sara.get("/granskningslogg").statusCode()).isEqualTo(403);
    }

    /** No request case-service or the OIDC server saw carried the personnummer in its URL. */
    private void assertNoPersonnummerInAnyUrl() {
        for (ServeEvent e : server.getAllServeEvents()) {
            assertThat(e.getRequest().getUrl()).doesNotContain(PNR).doesNotContain("198503152384");
            assertThat(e.getRequest().getHeaders().all().toString()).doesNotContain(PNR);
        }
    }

    static String records(int n) {
        return IntStream.range(0, n).mapToObj(i -> """
                {"id": %d, "occurredAt": "2026-12-07T08:00:00Z", "actorSubject": "sub-anna", "actorUsername": "anna",
                 "actorRoles": "caseworker", "actorBoard": "nordost", "action": "person.search", "resourceType": "person",
                 "resourceIds": ["person-key-%d"], "purpose": "Hyresgästen ringde om ett brev"}""".formatted(1000 - i, i))
                .collect(Collectors.joining(",", "[", "]"));
    }

    static final String INVALID_PNR = """
            {"type": "https://bokvar.se/problems/validation", "title": "Invalid request", "status": 400,
             "errors": [{"field": "personalIdentityNumber",
                         "message": "is not a valid personnummer or samordningsnummer: the check digit does not match"}]}
            """;

    static final String SEARCH_JSON = """
            [{"id": "%s", "board": "nordost", "status": "OPENED", "openedAt": "2026-12-01T10:00:00+01:00",
              "street": "Exempelgatan 12", "postalCode": "415 02", "childrenKnown": "UNKNOWN", "assignedTo": null,
              "actBy": "2026-12-10", "escalation": "TERMINATION_UNPAID_RENT", "urgentDeadline": "RECOVERY_PERIOD",
              "urgentAt": "2026-12-10T23:00:00Z", "breached": false, "noticesWithoutPosition": 1, "urgent": false}]
            """.formatted(DeskTest.CASE);
}
