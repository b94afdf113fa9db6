package se.bokvar.bench.common;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A real token from the stack's Keycloak, fetched again shortly before it expires (30 s before, at least 5 s after it
 * was fetched): a machine client's client-credentials grant, or a person's password grant on the public CLI client.
 */
public final class Tokens {

    private final HttpClient http;
    private final String tokenUrl;
    private final String form;
    /** Whose token it is, for the error message: the client id, or the user name. */
    private final String who;
    /** The token request's timeout, or null for none. */
    private final Duration timeout;
    private String token;
    private long renewAtNanos;

    private Tokens(HttpClient http, String tokenUrl, String form, String who, Duration timeout) {
        this.http = http;
        this.tokenUrl = tokenUrl;
        this.form = form;
        this.who = who;
        this.timeout = timeout;
    }

    /** The token endpoint of the realm {@code bokvar} on the Keycloak at {@code keycloak} (scheme, host and port). */
    public static String tokenUrl(String keycloak) {
        return keycloak + "/realms/bokvar/protocol/openid-connect/token";
    }

    /** A machine client (landlord, Kronofogden): client-credentials grant. */
    public static Tokens clientCredentials(HttpClient http, String tokenUrl, String clientId, String secret) {
        return new Tokens(http, tokenUrl, "grant_type=client_credentials&client_id=" + enc(clientId) + "&client_secret="
                + enc(secret), clientId, null);
    }

    /** A person (caseworker) through the public CLI client: password grant. */
    public static Tokens password(HttpClient http, String tokenUrl, String username, String password) {
        return new Tokens(http, tokenUrl, "grant_type=password&client_id=bokvar-cli&username=" + enc(username) + "&password="
                + enc(password), username, null);
    }

    /** The same grant, each token request given up after {@code requestTimeout}. */
    public Tokens withTimeout(Duration requestTimeout) {
        return new Tokens(http, tokenUrl, form, who, requestTimeout);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public synchronized String get() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() > renewAtNanos) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
            if (timeout != null) {
                request.timeout(timeout);
            }
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException("Keycloak answered " + r.statusCode() + " for the token of " + who);
            }
            JsonNode json = BenchHttp.JSON.readTree(r.body());
            token = json.path("access_token").asText();
            long lifetime = json.path("expires_in").asLong(60);
            renewAtNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(5, lifetime - 30));
        }
        return token;
    }

    /** The token's subject ({@code sub}), as the audit trail records the actor. */
    public String subject() throws IOException, InterruptedException {
        String[] parts = get().split("\\.");
        JsonNode claims = BenchHttp.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        return claims.path("sub").asText();
    }
}
