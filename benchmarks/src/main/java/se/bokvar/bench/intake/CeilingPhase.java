package se.bokvar.bench.intake;

import static se.bokvar.bench.intake.IntakeReport.ms;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import se.bokvar.bench.common.BenchHttp;

/** Optionally ({@code --ceiling-count}): a closed-loop run as fast as {@code --concurrency} clients go. */
final class CeilingPhase {

    private CeilingPhase() {
    }

    /** Closed loop: C clients each send their next notice as soon as the previous one is answered. */
    static Ceiling run(IntakeLoad load, int n) throws Exception {
        IntakeOptions o = load.options();
        Histogram latency = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        URI uri = URI.create(o.intake() + "/api/v1/notices/termination-unpaid-rent");
        ExecutorService clients = Executors.newFixedThreadPool(o.concurrency());
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < o.concurrency(); c++) {
            running.add(clients.submit(() -> {
                while (next.getAndIncrement() < n) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = load.http().send(BenchHttp.postJson(uri, load.tokens(), load.nextNotice(),
                            Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                    latency.recordValue(System.nanoTime() - t0);
                    if (response.statusCode() == 201) {
                        created.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        clients.shutdown();
        Ceiling ceiling = new Ceiling(created.get(), n, (System.nanoTime() - start) / 1e9, latency);
        System.out.printf("%nIntake ceiling: %d notices closed loop with %d clients (cases are created meanwhile)%n", n, o.concurrency());
        System.out.printf("  created %d of %d, %.1f notices/s; latency p50 %s  p99 %s%n", ceiling.created(), n,
                ceiling.throughput(), ms(latency, 50), ms(latency, 99));
        return ceiling;
    }
}
