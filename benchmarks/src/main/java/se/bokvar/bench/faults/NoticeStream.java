package se.bokvar.bench.faults;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokvar.bench.common.BenchHttp;
import se.bokvar.bench.common.OpenLoop;
import se.bokvar.bench.common.Tokens;

/**
 * Sends notices of one kind at a fixed rate, open loop: notice i is due at {@code start + i / rate} whatever happened
 * to the ones before, so a part that is down meets the traffic a real sender would send meanwhile. Every notice and
 * its answer go into the ledger.
 */
final class NoticeStream {

    private final String name;
    private final HttpClient http;
    private final Tokens tokens;
    private final URI uri;
    private final double rate;
    private final ExecutorService workers;
    private final Duration timeout;
    private final IntFunction<SentNotice> make;
    private final Supplier<String> phase;
    private final List<SentNotice> ledger;
    private final AtomicBoolean running = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int limit;
    private Thread scheduler;

    NoticeStream(String name, HttpClient http, Tokens tokens, URI uri, double rate, ExecutorService workers, Duration timeout,
            IntFunction<SentNotice> make, Supplier<String> phase, List<SentNotice> ledger) {
        this.name = name;
        this.http = http;
        this.tokens = tokens;
        this.uri = uri;
        this.rate = rate;
        this.workers = workers;
        this.timeout = timeout;
        this.make = make;
        this.phase = phase;
        this.ledger = ledger;
    }

    void start() {
        if (rate <= 0) {
            return;
        }
        running.set(true);
        scheduler = new Thread(this::schedule, "faults-" + name);
        scheduler.setDaemon(true);
        scheduler.start();
    }

    /** Sends at most {@code notices} in all (0: no limit). */
    void limit(int notices) {
        this.limit = notices;
    }

    /** How many notices were handed to the workers so far. */
    int sent() {
        return sent.get();
    }

    /** Stops sending new notices (the ones in flight finish on the workers). */
    void stop() throws InterruptedException {
        running.set(false);
        if (scheduler != null) {
            scheduler.join();
        }
    }

    private void schedule() {
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (int i = 0; running.get(); i++) {
            OpenLoop.awaitDue(start + i * interval);
            if (!running.get() || limit > 0 && i >= limit) {
                break;
            }
            SentNotice notice = make.apply(i);
            ledger.add(notice);
            workers.execute(() -> notice.first = send(notice));
            sent.incrementAndGet();
        }
    }

    /** Sends the notice once and returns what came back (never throws). */
    SentNotice.Answer send(SentNotice notice) {
        String atPhase = phase.get();
        long sentAt = System.currentTimeMillis();
        try {
            HttpRequest.Builder request = BenchHttp.postJson(uri, tokens, notice.body, timeout)
                    .header("Accept", "application/json");
            if (notice.idempotencyKey != null) {
                request.header("Idempotency-Key", notice.idempotencyKey);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String noticeId = null;
            if (response.statusCode() == 200 || response.statusCode() == 201) {
                JsonNode body = BenchHttp.JSON.readTree(response.body());
                noticeId = body.hasNonNull("noticeId") ? body.get("noticeId").asText() : null;
            }
            return new SentNotice.Answer(response.statusCode(), noticeId, null, atPhase, sentAt, System.currentTimeMillis());
        } catch (HttpTimeoutException e) {
            return failed("timeout", atPhase, sentAt);
        } catch (ConnectException e) {
            return failed("connection refused", atPhase, sentAt);
        } catch (IOException e) {
            return failed("I/O error", atPhase, sentAt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted", atPhase, sentAt);
        } catch (RuntimeException e) {
            return failed(e.getClass().getSimpleName(), atPhase, sentAt);
        }
    }

    private static SentNotice.Answer failed(String why, String phase, long sentAt) {
        return new SentNotice.Answer(0, null, why, phase, sentAt, System.currentTimeMillis());
    }
}
