package se.bokvar.web.caseworker.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

/**
 * Signs a user in through the desk's real authorization-code flow against Quarkus' in-process OIDC server: the desk
 * redirects to the authorization endpoint (with PKCE), the test comes back to the desk's callback with a code, the
 * desk redeems it at the token endpoint (stubbed per user: the tokens carry the platform's claims) and sets its
 * encrypted session cookies. A browser that keeps cookies: {@link #cookies}.
 */
final class SignIn {

    static final String ISSUER = "https://server.example.com";

    final Map<String, String> cookies = new HashMap<>();
    final String accessToken;

    private SignIn(String accessToken) {
        this.accessToken = accessToken;
    }

    /** The access token the desk should forward for this user. */
    static String accessToken(String username, Set<String> roles, Map<String, String> claims) {
        var b = Jwt.subject("sub-" + username).preferredUserName(username).groups(roles).issuer(ISSUER)
                .audience("bokvar-api").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
        claims.forEach(b::claim);
        return b.sign();
    }

    static String idToken(String username, String name) {
        return Jwt.subject("sub-" + username).preferredUserName(username).claim("name", name).issuer(ISSUER)
                .audience("bokvar-web").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600)).sign();
    }

    /** Signs {@code username} in and returns the browser, now holding the session. */
    static SignIn as(WireMockServer oidc, String username, String name, Set<String> roles, Map<String, String> claims) {
        String access = accessToken(username, roles, claims);
        String code = "code-" + username;
        oidc.stubFor(WireMock.post(WireMock.urlPathMatching(".*/token")).atPriority(1)
                .withRequestBody(WireMock.containing("code=" + code))
                .willReturn(WireMock.aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"access_token": "%s", "id_token": "%s", "refresh_token": "refresh-%s",
                         "token_type": "Bearer", "expires_in": 600}""".formatted(access, idToken(username, name), username))));
        SignIn browser = new SignIn(access);
        Response toLogin = given().redirects().follow(false).get("/");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        browser.cookies.putAll(toLogin.getCookies());
        URI authorize = URI.create(toLogin.header("Location"));
        String state = query(authorize, "state");
        String redirectUri = query(authorize, "redirect_uri");
        assertThat(URI.create(redirectUri).getPath()).isEqualTo("/inloggning");
        Response callback = given().redirects().follow(false).cookies(browser.cookies)
                .queryParam("state", state).queryParam("code", code).get("/inloggning");
        assertThat(callback.statusCode()).as("the code was redeemed").isEqualTo(302);
        browser.cookies.putAll(callback.getCookies());
        assertThat(browser.cookies.keySet()).anyMatch(c -> c.startsWith("q_session"));
        return browser;
    }

    static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** GET as this browser, keeping any cookie the desk sets. */
    Response get(String path) {
        Response r = given().redirects().follow(false).cookies(cookies).get(path);
        cookies.putAll(r.getCookies());
        return r;
    }

    /** The CSRF token of the first form on a page. */
    static String csrfToken(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("the page has a form with a CSRF token").isTrue();
        return m.group(1);
    }
}
