package se.bokvar.local.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Minimal HTTP for health checks. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls {@code url} until the response satisfies {@code ready}, the process dies, or the timeout passes. */
    public static void await(String what, String url, Predicate<HttpResponse<String>> ready, Duration timeout,
            ManagedProcess process) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(what + " exited during startup (exit code "
                        + process.process().exitValue() + "). Last lines of " + process.logFile() + ":"
                        + System.lineSeparator() + process.tail(30));
            }
            try {
                HttpResponse<String> response = get(url);
                if (ready.test(response)) {
                    return;
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(what + " was not ready within " + timeout.toSeconds() + " s (" + last + ")"
                + (process == null ? "" : ". Last lines of " + process.logFile() + ":" + System.lineSeparator() + process.tail(30)));
    }
}
