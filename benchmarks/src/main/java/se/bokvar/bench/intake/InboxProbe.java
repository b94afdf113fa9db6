package se.bokvar.bench.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import se.bokvar.bench.common.BenchHttp;
import se.bokvar.bench.common.Tokens;

/** A caseworker polling the real inbox API every 500 ms during a phase: latency, calls, errors by kind. */
final class InboxProbe {

    final Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
    final Map<String, Integer> errors = new ConcurrentHashMap<>();
    final AtomicInteger calls = new AtomicInteger();
    private final AtomicBoolean probing = new AtomicBoolean(true);
    private final Thread thread;

    InboxProbe(HttpClient http, Tokens caseworker, URI uri) {
        thread = new Thread(() -> {
            while (probing.get()) {
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(BenchHttp.get(uri, caseworker, Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    latency.recordValue(System.nanoTime() - t0);
                    calls.incrementAndGet();
                    if (r.statusCode() != 200) {
                        errors.merge("HTTP " + r.statusCode(), 1, Integer::sum);
                    }
                } catch (IOException e) {
                    errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                } catch (InterruptedException e) {
                    return;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500) - Math.min(TimeUnit.MILLISECONDS.toNanos(500), System.nanoTime() - t0));
            }
        }, "inbox-probe");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** No further calls (the one under way finishes). */
    void stop() {
        probing.set(false);
    }

    /** Waits for the call under way, at most 35 s. */
    void join() throws InterruptedException {
        thread.join(35_000);
    }
}
