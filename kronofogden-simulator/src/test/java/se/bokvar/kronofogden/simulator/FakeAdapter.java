package se.bokvar.kronofogden.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Plays Keycloak's token endpoint and the kronofogden-adapter for the simulator's tests, on a loopback socket. */
public final class FakeAdapter {

    public static final String TOKEN = "token-for-kronofogden";

    /** A request the fake adapter received. */
    public record Request(String method, String path, String authorization, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(201);

    FakeAdapter() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 20);
        server.createContext("/realms/bokvar/protocol/openid-connect/token", e -> {
            tokenRequests.add(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(e, 200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}");
        });
        server.createContext("/api/v1/", e -> {
            String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(e.getRequestMethod(), e.getRequestURI().getPath(), e.getRequestHeaders().getFirst("Authorization"), body));
            respond(e, status.get(), "{\"noticeId\":\"00000000-0000-0000-0000-000000000001\",\"status\":\"ACTIVE\"}");
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<String> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    /** The status the adapter answers from now on. */
    public void answer(int status) {
        this.status.set(status);
    }

    void stop() {
        server.stop(0);
    }

    private static void respond(HttpExchange e, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().set("Content-Type", "application/json");
        e.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }
}
