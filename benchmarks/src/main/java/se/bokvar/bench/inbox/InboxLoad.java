package se.bokvar.bench.inbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import se.bokvar.bench.common.BenchHttp;
import se.bokvar.bench.common.OpenLoop;
import se.bokvar.bench.common.Tokens;

/** The caseworker's inbox calls at a fixed arrival rate, open loop, in a fixed mix of filters. */
final class InboxLoad {

    /** The request mix: the plain inbox most of the time, each filter sometimes. */
    static final List<Variant> VARIANTS = List.of(
            new Variant("default", "", List.of(), 60),
            new Variant("assigned=me", "assigned=me", List.of("assigned-to-me"), 10),
            new Variant("deadlineState=BREACHED", "deadlineState=BREACHED", List.of("deadline-breached"), 10),
            new Variant("type=EVICTION", "type=EVICTION", List.of("type"), 10),
            new Variant("children=true&assigned=unassigned", "children=true&assigned=unassigned",
                    List.of("children", "unassigned"), 10));

    record Variant(String name, String query, List<String> filters, int weight) {
    }

    private InboxLoad() {
    }

    record Result(int sent, double seconds, Histogram all, Map<String, Histogram> byVariant, Map<String, Integer> errors) {
    }

    /** {@code count} calls at the fixed rate; each call's latency counts from its due time. */
    static Result load(HttpClient http, Tokens tokens, InboxOptions o, int count) throws Exception {
        Histogram all = new ConcurrentHistogram(3);
        Map<String, Histogram> byVariant = new LinkedHashMap<>();
        VARIANTS.forEach(v -> byVariant.put(v.name(), new ConcurrentHistogram(3)));
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(o.concurrency());
        CountDownLatch done = new CountDownLatch(count);
        AtomicInteger failed = new AtomicInteger();
        List<Variant> mix = new ArrayList<>();
        VARIANTS.forEach(v -> {
            for (int i = 0; i < v.weight(); i++) {
                mix.add(v);
            }
        });
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long interval = (long) (1e9 / o.rate());
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            OpenLoop.awaitDue(due);
            slots.acquire();
            Variant v = mix.get((int) ((i * 7919L) % mix.size()));
            String url = o.casesUrl() + "/api/v1/inbox" + (v.query().isEmpty() ? "" : "?" + v.query());
            HttpRequest request = BenchHttp.get(URI.create(url), tokens, Duration.ofSeconds(10)).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                long micros = (System.nanoTime() - due) / 1000;
                try {
                    if (failure != null) {
                        errors.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                        failed.incrementAndGet();
                    } else if (response.statusCode() != 200) {
                        errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                    } else {
                        all.recordValue(Math.max(1, micros));
                        byVariant.get(v.name()).recordValue(Math.max(1, micros));
                    }
                } finally {
                    slots.release();
                    done.countDown();
                }
            });
        }
        done.await(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(count, seconds, all, byVariant, errors);
    }
}
