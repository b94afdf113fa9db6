package se.bokvar.bench.faults;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A real token from the stack's Keycloak, fetched again shortly before it expires. */
final class Tokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String tokenUrl;
    private final Map<String, String> form;
    private String token;
    private long renewAtNanos;

    private Tokens(HttpClient http, String tokenUrl, Map<String, String> form) {
        this.http = http;
        this.tokenUrl = tokenUrl;
        this.form = form;
    }

    /** A machine client (landlord, Kronofogden): client-credentials grant. */
    static Tokens clientCredentials(HttpClient http, String tokenUrl, String clientId, String secret) {
        return new Tokens(http, tokenUrl, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", secret));
    }

    /** A person (caseworker) through the public CLI client: password grant. */
    static Tokens password(HttpClient http, String tokenUrl, String username, String password) {
        return new Tokens(http, tokenUrl, Map.of("grant_type", "password", "client_id", "bokvar-cli", "username", username,
                "password", password));
    }

    synchronized String get() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() > renewAtNanos) {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException("Keycloak answered " + r.statusCode() + " for the token of " + form.get("client_id"));
            }
            JsonNode json = JSON.readTree(r.body());
            token = json.path("access_token").asText();
            long lifetime = json.path("expires_in").asLong(60);
            renewAtNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(5, lifetime - 30));
        }
        return token;
    }

    /** The token's subject ({@code sub}), as the audit trail records the actor. */
    String subject() throws IOException, InterruptedException {
        String[] parts = get().split("\\.");
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        return claims.path("sub").asText();
    }
}
