package se.bokvar.web.caseworker.api;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** The inbox updates itself: the page asks for its lists every few seconds, and stops after a while unused. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class LiveInboxTest {

    @OidcWireMock
    WireMockServer server;

    @BeforeEach
    void caseService() {
        server.resetRequests();
        server.stubFor(get(urlPathEqualTo(DeskTest.API + "/inbox")).willReturn(DeskTest.json(200, DeskTest.INBOX)));
    }

    @Test
    void thePageAsksForItsListsWithItsOwnFiltersAndTheScriptComesFromTheApplication() {
        SignIn anna = DeskTest.anna(server);
        Response page = anna.get("/inkorg?tilldelad=me&typ=EVICTION");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body().asString();
        assertThat(html).contains("hx-get=\"/inkorg/listor?sida=1&amp;typ=EVICTION&amp;tilldelad=me&amp;sett=")
                .contains("hx-trigger=\"every 3s\"").contains("<script src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\" defer>")
                .contains("&quot;allowEval&quot;:false").contains("&quot;historyCacheSize&quot;:0");
        assertThat(html.split("htmx.min.js", -1)).as("htmx is loaded once").hasSize(2);
        // the polite live region the updates speak into, empty on the page itself
        assertThat(html).contains("<div id=\"inkorg-status\" class=\"visually-hidden\" role=\"status\"></div>");
        assertThat(page.getDetailedCookie(InboxResource.VISITED)).satisfies(c -> {
            assertThat(c.isHttpOnly()).isTrue();
            assertThat(c.getPath()).isEqualTo("/inkorg");
            assertThat(c.getSameSite()).isEqualToIgnoringCase("Strict");
        });
        // the script is served by the desk itself (CSP script-src 'self'), to anyone
        assertThat(given().get("/webjars/htmx.org/2.0.4/dist/htmx.min.js").then().extract().statusCode()).isEqualTo(200);
    }

    @Test
    void theListsAloneAreTheSameListsForTheSameUser() {
        SignIn anna = DeskTest.anna(server);
        anna.get("/inkorg");
        Response lists = anna.get("/inkorg/listor?sida=1&typ=EVICTION&tilldelad=me");
        assertThat(lists.statusCode()).isEqualTo(200);
        String html = lists.body().asString();
        assertThat(html.strip()).startsWith("<div id=\"inkorg-listor\"").doesNotContain("<html").doesNotContain("<h1>")
                .contains("Exempelgatan 12, 415 02").contains("3 arbetsdagar kvar")
                .contains("Underrättelser som väntar på ställningstagande").contains("hx-trigger=\"every 3s\"");
        assertThat(lists.header("Cache-Control")).contains("no-store");
        server.verify(getRequestedFor(urlPathEqualTo(DeskTest.API + "/inbox"))
                .withHeader("Authorization", equalTo("Bearer " + anna.accessToken))
                .withQueryParam("assigned", equalTo("me")).withQueryParam("type", equalTo("EVICTION")));
    }

    @Test
    void anUpdateTellsAScreenReaderWhatIsNewAndNothingWhenNothingIs() {
        SignIn anna = DeskTest.anna(server);
        String page = anna.get("/inkorg").body().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("hx-get=\"(/inkorg/listor[^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String poll = m.group(1).replace("&amp;", "&");
        assertThat(poll).matches(".*&sett=[0-9a-f]{8}\\.[0-9a-f]{8}&vantar=[0-9a-f]{8}");

        // the same cases: the live region is emptied, nothing is said
        String same = anna.get(poll).body().asString();
        assertThat(same).contains("<div id=\"inkorg-status\" hx-swap-oob=\"innerHTML\"></div>");
        // the page showed only the second case and another notice: one new case, one new notice
        String caseMarks = poll.replaceAll(".*&sett=([0-9a-f.]+)&.*", "$1");
        String onlySecond = poll.replaceAll("&sett=[0-9a-f.]+&vantar=[0-9a-f]+",
                "&sett=" + caseMarks.substring(9) + "&vantar=00000000");
        String news = anna.get(onlySecond).body().asString();
        assertThat(news).contains("<div id=\"inkorg-status\" hx-swap-oob=\"innerHTML\">1 nytt ärende i inkorgen. 1 ny"
                + " underrättelse väntar på ställningstagande</div>");
        // and the next request names what the lists show now
        assertThat(news).contains("&amp;sett=" + caseMarks + "&amp;vantar=");
    }

    @Test
    void anInboxUnusedForLongerStopsUpdatingAndSaysSo() {
        SignIn anna = DeskTest.anna(server);
        anna.get("/inkorg");
        server.resetRequests();
        long elevenMinutesAgo = FixedClock.NOW.minusSeconds(11 * 60).getEpochSecond();
        for (String visited : new String[] { Long.toString(elevenMinutesAgo), "", "junk", "99999999999999999999" }) {
            anna.cookies.put(InboxResource.VISITED, visited);
            Response lists = given().redirects().follow(false).cookies(anna.cookies).get("/inkorg/listor?sida=1");
            assertThat(lists.statusCode()).as(visited).isEqualTo(InboxResource.STOP_POLLING);
            assertThat(lists.body().asString()).contains("Inkorgen uppdateras inte längre").contains("href=\"/inkorg\"")
                    .doesNotContain("hx-trigger");
        }
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo(DeskTest.API + "/inbox")))).isEmpty();
    }

    @Test
    void theListsNeedTheSameRolesAsThePage() {
        SignIn olof = SignIn.as(server, "olof", "Olof Granskare", java.util.Set.of("auditor"), java.util.Map.of());
        assertThat(olof.get("/inkorg/listor").statusCode()).isEqualTo(403);
        Response visitor = given().redirects().follow(false).header("X-Requested-With", "XMLHttpRequest")
                .get("/inkorg/listor");
        assertThat(visitor.statusCode()).as("a script's request is not sent to the login page").isEqualTo(499);
    }
}
