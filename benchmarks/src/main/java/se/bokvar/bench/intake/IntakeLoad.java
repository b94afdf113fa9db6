package se.bokvar.bench.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import se.bokvar.bench.common.BenchHttp;
import se.bokvar.bench.common.OpenLoop;
import se.bokvar.bench.common.Tokens;

/**
 * The landlord's side of the benchmark: its client, its token and its notices (each with an index of its own across
 * the phases), and the open-loop load at a fixed arrival rate.
 */
final class IntakeLoad {

    private final HttpClient http;
    private final Tokens tokens;
    private final NoticeGenerator notices;
    private final IntakeOptions o;
    private final AtomicInteger nextIndex = new AtomicInteger();

    IntakeLoad(HttpClient http, Tokens tokens, NoticeGenerator notices, IntakeOptions o) {
        this.http = http;
        this.tokens = tokens;
        this.notices = notices;
        this.o = o;
    }

    HttpClient http() {
        return http;
    }

    Tokens tokens() {
        return tokens;
    }

    IntakeOptions options() {
        return o;
    }

    /** The next notice of the run. */
    String nextNotice() {
        return notices.termination(nextIndex.getAndIncrement());
    }

    /** Where a single termination notice is sent (POST). */
    URI terminationUri() {
        return URI.create(o.intake() + "/api/v1/notices/termination-unpaid-rent");
    }

    /** The notice id in a 201 answer's receipt, or null. */
    static String noticeId(String answer) {
        int at = answer.indexOf("\"noticeId\":\"");
        return at >= 0 ? answer.substring(at + 12, at + 48) : null;
    }

    /**
     * Sends {@code n} notices at {@code rate}, open loop.
     *
     * @param onCreated called with the notice id and its due time (System.nanoTime) for every 201
     */
    LoadResult load(double rate, int n, BiConsumer<String, Long> onCreated) throws Exception {
        return load(rate, n, onCreated, () -> false);
    }

    /**
     * Sends at most {@code n} notices at {@code rate}, open loop, until {@code stop} says so (asked at each notice's
     * due time); then waits for the answers to those sent.
     *
     * @param onCreated called with the notice id and its due time (System.nanoTime) for every 201
     */
    LoadResult load(double rate, int n, BiConsumer<String, Long> onCreated, BooleanSupplier stop) throws Exception {
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
        Semaphore inFlight = new Semaphore(o.concurrency());
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        List<String> ids = Collections.synchronizedList(new ArrayList<>(Math.min(n, 1 << 16)));
        AtomicInteger created = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        URI uri = terminationUri();
        double intervalNanos = 1e9 / rate;
        long start = System.nanoTime();
        int sent = 0;
        for (; sent < n; sent++) {
            long due = start + (long) (sent * intervalNanos);
            OpenLoop.awaitDue(due);
            if (stop.getAsBoolean()) {
                break;
            }
            String body = nextNotice();
            inFlight.acquire(); // waiting here counts: latency is measured from the due time
            HttpRequest request = BenchHttp.postJson(uri, tokens, body, Duration.ofSeconds(60)).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                try {
                    long now = System.nanoTime();
                    latency.recordValue(Math.max(0, now - due));
                    lastAnswer.accumulateAndGet(now, Math::max);
                    if (failure != null) {
                        errors.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                    } else if (response.statusCode() == 201) {
                        created.incrementAndGet();
                        String id = noticeId(response.body());
                        if (id != null) {
                            ids.add(id);
                            if (onCreated != null) {
                                onCreated.accept(id, due);
                            }
                        }
                    } else {
                        errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                    }
                } finally {
                    inFlight.release();
                }
            });
        }
        // every notice sent is answered when every slot is free again
        if (!inFlight.tryAcquire(o.concurrency(), 10, TimeUnit.MINUTES)) {
            errors.merge("no answer within 10 minutes", o.concurrency() - inFlight.availablePermits(), Integer::sum);
        }
        double seconds = (lastAnswer.get() - start) / 1e9;
        return new LoadResult(rate, sent, created.get(), new TreeMap<>(errors), latency, Math.max(seconds, sent / rate),
                List.copyOf(ids), lastAnswer.get());
    }
}
