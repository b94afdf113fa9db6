package se.bokvar.kronofogden.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Calls the kronofogden-adapter as Kronofogden's system would: a bearer token from Keycloak (client credentials of
 * the kronofogden client, kept until shortly before it expires), then JSON over HTTP. Blocking: used from worker
 * threads only (the control endpoints and the scheduler).
 */
@ApplicationScoped
public class AdapterClient {

    /** The adapter's answer. */
    public record Answer(int status, JsonNode body) {
    }

    /** The adapter or Keycloak could not be reached, or refused the credentials. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    SimulatorConfig config;

    @Inject
    ObjectMapper mapper;

    private String token;
    private Instant tokenValidUntil = Instant.EPOCH;

    public Answer post(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.adapterUrl() + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            throw new Unavailable("the adapter at " + config.adapterUrl() + " did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenValidUntil)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(config.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(config.clientSecret(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.tokenUrl())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = parse(response.body());
            if (response.statusCode() != 200 || body == null || !body.hasNonNull("access_token")) {
                throw new Unavailable("Keycloak refused the kronofogden client's credentials (HTTP " + response.statusCode() + ")");
            }
            token = body.get("access_token").asText();
            long lifetime = body.path("expires_in").asLong(60);
            tokenValidUntil = Instant.now().plusSeconds(Math.max(5, lifetime - 30));
            return token;
        } catch (IOException e) {
            throw new Unavailable("Keycloak at " + config.tokenUrl() + " did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (IOException e) {
            return mapper.getNodeFactory().textNode(body);
        }
    }
}
