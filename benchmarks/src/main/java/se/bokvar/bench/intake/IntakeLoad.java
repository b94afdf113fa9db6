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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

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

    /**
     * Sends {@code n} notices at {@code rate}, open loop.
     *
     * @param onCreated called with the notice id and its due time (System.nanoTime) for every 201
     */
    LoadResult load(double rate, int n, BiConsumer<String, Long> onCreated) throws Exception {
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
        Semaphore inFlight = new Semaphore(o.concurrency());
        CountDownLatch done = new CountDownLatch(n);
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        List<String> ids = Collections.synchronizedList(new ArrayList<>(n));
        AtomicInteger created = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        URI uri = URI.create(o.intake() + "/api/v1/notices/termination-unpaid-rent");
        double intervalNanos = 1e9 / rate;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = start + (long) (i * intervalNanos);
            OpenLoop.awaitDue(due);
            String body = nextNotice();
            inFlight.acquire(); // waiting here counts: latency is measured from the due time
            HttpRequest request = BenchHttp.postJson(uri, tokens, body, Duration.ofSeconds(60)).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                latency.recordValue(Math.max(0, now - due));
                lastAnswer.accumulateAndGet(now, Math::max);
                inFlight.release();
                if (failure != null) {
                    errors.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                } else if (response.statusCode() == 201) {
                    created.incrementAndGet();
                    int at = response.body().indexOf("\"noticeId\":\"");
                    if (at >= 0) {
                        String id = response.body().substring(at + 12, at + 48);
                        ids.add(id);
                        if (onCreated != null) {
                            onCreated.accept(id, due);
                        }
                    }
                } else {
                    errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                }
                done.countDown();
            });
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            errors.merge("no answer within 10 minutes", (int) done.getCount(), Integer::sum);
        }
        double seconds = (lastAnswer.get() - start) / 1e9;
        return new LoadResult(rate, n, created.get(), new TreeMap<>(errors), latency, Math.max(seconds, n / rate), List.copyOf(ids),
                lastAnswer.get());
    }
}
