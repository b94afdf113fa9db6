package se.bokvar.kronofogden;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Behaves like Kronofogden's interface and the letter channel, on a real loopback socket, so the adapter's real
 * HTTP client is exercised: checks the API key and the contract's JSON Schema, confirms with 201/202 and a receipt,
 * answers the same receipt to the same Idempotency-Key, and can be told to refuse (503) or to be unreachable
 * (stopped). Records every request.
 */
public final class FakeKronofogden {

    public static final String KRONOFOGDEN_KEY = "test-kronofogden-key";
    public static final String LETTER_KEY = "test-letter-key";

    /** One request as received. */
    public record Received(String path, String idempotencyKey, String body, int answeredStatus, List<String> violations) {
    }

    private final int port;
    private volatile HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> receipts = new ConcurrentHashMap<>();
    private final AtomicInteger refuseNext = new AtomicInteger();
    private final AtomicBoolean refuseAlways = new AtomicBoolean();
    private final AtomicInteger refuseLettersNext = new AtomicInteger();
    private volatile java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(0);
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();

    FakeKronofogden(int port) {
        this.port = port;
    }

    public String kronofogdenUrl() {
        return "http://127.0.0.1:" + port + "/kronofogden";
    }

    public String letterChannelUrl() {
        return "http://127.0.0.1:" + port + "/letter-channel";
    }

    public synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        s.createContext("/kronofogden/v1/acknowledgements", e -> handle(e, "acknowledgement", KRONOFOGDEN_KEY, 201, false));
        s.createContext("/kronofogden/v1/postponement-requests", e -> handle(e, "postponement-request", KRONOFOGDEN_KEY, 202, false));
        s.createContext("/letter-channel/v1/letters", e -> handle(e, "letter", LETTER_KEY, 202, true));
        s.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(16));
        s.start();
        server = s;
    }

    /** Stops listening: the adapter finds Kronofogden unreachable (connection refused). */
    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Kronofogden takes requests in but does not answer them until {@link #release()} (then 503): a hanging peer. */
    public void hold() {
        hold = new java.util.concurrent.CountDownLatch(1);
    }

    public void release() {
        hold.countDown();
    }

    /** Requests waiting for an answer because of {@link #hold()}. */
    public int held() {
        return held.get();
    }

    /** The letter channel answers 503 to the next {@code count} letters. */
    public void refuseLettersNext(int count) {
        refuseLettersNext.set(count);
    }

    /** Kronofogden answers 503 to the next {@code count} requests (the letter channel is not affected). */
    public void refuseNext(int count) {
        refuseNext.set(count);
    }

    /** Kronofogden answers 503 to every request until {@link #accept()} (the letter channel is not affected). */
    public void refuseAlways() {
        refuseAlways.set(true);
    }

    /** Confirms again. */
    public void accept() {
        refuseAlways.set(false);
        refuseNext.set(0);
        refuseLettersNext.set(0);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The confirmed requests to a path suffix whose body contains {@code text}. */
    public List<Received> confirmed(String pathSuffix, String text) {
        return received.stream().filter(r -> r.path().endsWith(pathSuffix) && r.answeredStatus() / 100 == 2
                && r.body().contains(text)).toList();
    }

    /** Every request to a path suffix whose body contains {@code text}, whatever the answer. */
    public List<Received> all(String pathSuffix, String text) {
        return received.stream().filter(r -> r.path().endsWith(pathSuffix) && r.body().contains(text)).toList();
    }

    private void handle(HttpExchange exchange, String schema, String apiKey, int createdStatus, boolean letters) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String path = exchange.getRequestURI().getPath();
            if (!"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "{}");
                return;
            }
            if (!apiKey.equals(exchange.getRequestHeaders().getFirst("X-Api-Key"))) {
                received.add(new Received(path, key, body, 401, List.of("wrong API key")));
                respond(exchange, 401, "{\"title\":\"wrong API key\"}");
                return;
            }
            java.util.concurrent.CountDownLatch latch = hold;
            if (!letters && latch.getCount() > 0) {
                held.incrementAndGet();
                try {
                    latch.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    held.decrementAndGet();
                }
                received.add(new Received(path, key, body, 503, List.of()));
                respond(exchange, 503, "{\"title\":\"unavailable\"}");
                return;
            }
            boolean refuse = letters ? refuseLettersNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0
                    : refuseAlways.get() || refuseNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
            if (refuse) {
                received.add(new Received(path, key, body, 503, List.of()));
                respond(exchange, 503, "{\"title\":\"unavailable\"}");
                return;
            }
            List<String> violations = ContractSchemas.violations(schema, body);
            if (!violations.isEmpty() || key == null) {
                received.add(new Received(path, key, body, 400, violations));
                respond(exchange, 400, "{\"title\":\"invalid\"}");
                return;
            }
            String previous = receipts.get(key);
            int status = previous == null ? createdStatus : 200;
            String receipt = previous != null ? previous : "{\"reference\":\"FAKE-" + sequence.incrementAndGet()
                    + "\",\"receivedAt\":\"" + OffsetDateTime.now(ZoneId.of("Europe/Stockholm")) + "\"}";
            receipts.putIfAbsent(key, receipt);
            received.add(new Received(path, key, body, status, List.of()));
            respond(exchange, status, receipt);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
