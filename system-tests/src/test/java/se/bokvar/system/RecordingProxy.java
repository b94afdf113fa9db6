package se.bokvar.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback reverse proxy in front of one service: it forwards every request unchanged and records the method,
 * path with query, Authorization header, status and body of each exchange. The walkthrough is pointed at it (through
 * the variables it reads), so the test knows every read the walkthrough made and what each answer showed, without
 * changing the script.
 */
final class RecordingProxy implements AutoCloseable {

    /** One request as the client sent it and the answer it got. */
    record Exchange(String method, String pathAndQuery, String authorization, int status, String body) {

        String path() {
            int q = pathAndQuery.indexOf('?');
            return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        }

        String query() {
            int q = pathAndQuery.indexOf('?');
            return q < 0 ? "" : pathAndQuery.substring(q + 1);
        }
    }

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host", "transfer-encoding",
            "keep-alive", "upgrade", "expect", "te", "trailer", "proxy-authorization", "proxy-connection");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String target;
    private final List<Exchange> exchanges = new ArrayList<>();

    RecordingProxy(String targetBaseUrl) throws IOException {
        this.target = targetBaseUrl;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    private void forward(HttpExchange in) throws IOException {
        try (in) {
            byte[] requestBody;
            try (InputStream body = in.getRequestBody()) {
                requestBody = body.readAllBytes();
            }
            String pathAndQuery = in.getRequestURI().getRawPath()
                    + (in.getRequestURI().getRawQuery() == null ? "" : "?" + in.getRequestURI().getRawQuery());
            HttpRequest.Builder out = HttpRequest.newBuilder(URI.create(target + pathAndQuery)).timeout(Duration.ofSeconds(60))
                    .method(in.getRequestMethod(), requestBody.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(requestBody));
            in.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(v -> out.header(name, v));
                }
            });
            HttpResponse<byte[]> answer;
            try {
                answer = client.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                in.sendResponseHeaders(502, -1);
                return;
            } catch (IOException e) {
                in.sendResponseHeaders(502, -1);
                return;
            }
            answer.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    values.forEach(v -> in.getResponseHeaders().add(name, v));
                }
            });
            byte[] body = answer.body();
            synchronized (this) {
                exchanges.add(new Exchange(in.getRequestMethod(), pathAndQuery, in.getRequestHeaders().getFirst("Authorization"),
                        answer.statusCode(), new String(body, java.nio.charset.StandardCharsets.UTF_8)));
            }
            in.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream os = in.getResponseBody()) {
                    os.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
