package se.bokvar.bench.common;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The benchmarks' HTTP client (HTTP/1.1, as a sender's connection pool) and their requests with a bearer token. */
public final class BenchHttp {

    /** One JSON mapper for every answer the benchmarks read. */
    public static final ObjectMapper JSON = new ObjectMapper();

    private BenchHttp() {
    }

    /** An HTTP/1.1 client whose callbacks run on {@code executor}. */
    public static HttpClient client(Executor executor, Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor).connectTimeout(connectTimeout)
                .build();
    }

    /** A GET with the token of {@code tokens}. */
    public static HttpRequest.Builder get(URI uri, Tokens tokens, Duration timeout) throws IOException, InterruptedException {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokens.get()).timeout(timeout).GET();
    }

    /** A POST of a JSON body with the token of {@code tokens}. */
    public static HttpRequest.Builder postJson(URI uri, Tokens tokens, String body, Duration timeout)
            throws IOException, InterruptedException {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokens.get())
                .header("Content-Type", "application/json").timeout(timeout).POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
