package se.bokvar.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server in the test that answers consent-service's decision API as docs/consent-decision-api.md says:
 * DENY (NO_CONSENT) by default, ALLOW for what a test registered, and, per case, never answering (SLOW) or failing
 * (ERROR). It records every question with the Authorization header it came with. Tests drive it over HTTP
 * ({@code /test/...}), so no state crosses class loaders. The lead runs the real consent-service in the system test.
 */
public class FakeConsentService implements QuarkusTestResourceLifecycleManager {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private HttpServer server;
    private ExecutorService executor;
    private final List<Map<String, String>> allowed = new CopyOnWriteArrayList<>();
    private final Map<String, String> modes = new ConcurrentHashMap<>();
    private final Map<String, List<Map<String, Object>>> calls = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-consent");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/api/v1/decisions", this::decide);
        server.createContext("/test/allow", ex -> {
            JsonNode body = MAPPER.readTree(ex.getRequestBody());
            allowed.add(Map.of("caseId", body.path("caseId").asText(), "partyKind", body.path("partyKind").asText(),
                    "partyId", body.path("partyId").asText(), "purpose", body.path("purpose").asText(),
                    "category", body.path("category").asText()));
            respond(ex, 204, "");
        });
        server.createContext("/test/mode/", ex -> {
            String caseId = ex.getRequestURI().getPath().substring("/test/mode/".length());
            modes.put(caseId, new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).strip());
            respond(ex, 204, "");
        });
        server.createContext("/test/calls/", ex -> {
            String caseId = ex.getRequestURI().getPath().substring("/test/calls/".length());
            respond(ex, 200, MAPPER.writeValueAsString(calls.getOrDefault(caseId, List.of())));
        });
        server.start();
        return Map.of("quarkus.rest-client.consent.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "bokvar.consent.timeout", "PT2S");
    }

    private void decide(HttpExchange ex) throws IOException {
        JsonNode q;
        try (InputStream in = ex.getRequestBody()) {
            q = MAPPER.readTree(in);
        }
        String caseId = q.path("caseId").asText();
        Map<String, Object> call = new java.util.HashMap<>();
        call.put("authorization", String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
        call.put("question", MAPPER.convertValue(q, Map.class));
        calls.computeIfAbsent(caseId, k -> new CopyOnWriteArrayList<>()).add(call);
        if (!ex.getRequestMethod().equals("POST") || ex.getRequestHeaders().getFirst("Authorization") == null) {
            respond(ex, 401, "{\"status\":401}");
            return;
        }
        String mode = modes.getOrDefault(caseId, "NORMAL");
        if ("SLOW".equals(mode)) {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(ex, 200, "{\"decision\":\"ALLOW\",\"reason\":\"too late\"}");
            return;
        }
        if ("ERROR".equals(mode)) {
            respond(ex, 500, "{\"status\":500}");
            return;
        }
        boolean allow = allowed.stream().anyMatch(a -> a.get("caseId").equals(caseId)
                && a.get("partyKind").equals(q.path("party").path("kind").asText())
                && a.get("partyId").equals(q.path("party").path("id").asText())
                && a.get("purpose").equals(q.path("purpose").asText())
                && a.get("category").equals(q.path("category").asText()));
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        if (allow) {
            answer.put("decision", "ALLOW");
            answer.put("reason", "Written consent covers " + q.path("party").path("kind").asText() + " "
                    + q.path("party").path("id").asText() + " for " + q.path("purpose").asText());
            answer.put("consentId", "c0n5e47-" + caseId.substring(0, 8));
            answer.put("consentVersion", 3);
            answer.put("legalGround", "CONSENT");
        } else {
            answer.put("decision", "DENY");
            answer.put("reasonCode", "NO_CONSENT");
            answer.put("reason", "No consent or other legal ground is recorded for this person on this case");
        }
        answer.put("decidedAt", java.time.OffsetDateTime.now().toString());
        respond(ex, 200, MAPPER.writeValueAsString(answer));
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, status == 204 ? -1 : bytes.length);
        if (status != 204) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    static List<Object> none() {
        return new ArrayList<>();
    }
}
