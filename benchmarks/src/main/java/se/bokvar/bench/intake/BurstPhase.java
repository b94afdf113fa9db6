package se.bokvar.bench.intake;

import static se.bokvar.bench.intake.IntakeReport.format;

import java.io.IOException;
import java.net.URI;
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

import com.fasterxml.jackson.databind.JsonNode;

import se.bokvar.bench.common.BenchHttp;

/**
 * Burst: {@code --burst} notices as {@code --batch-size} batches (POST /api/v1/notices/batch, a large landlord's
 * monthly file), {@code --batch-concurrency} at a time: time until all are answered, and until all are cases.
 */
final class BurstPhase {

    private static final String TERMINATION = "TERMINATION_UNPAID_RENT";

    private BurstPhase() {
    }

    static Burst run(IntakeLoad load, StackCpu cpu) throws Exception {
        IntakeOptions o = load.options();
        int batches = (o.burst() + o.batchSize() - 1) / o.batchSize();
        List<String> bodies = new ArrayList<>(batches);
        for (int b = 0; b < batches; b++) {
            StringBuilder body = new StringBuilder("{\"notices\":[");
            int size = Math.min(o.batchSize(), o.burst() - b * o.batchSize());
            for (int i = 0; i < size; i++) {
                body.append(i == 0 ? "" : ",").append("{\"kind\":\"").append(TERMINATION).append("\",\"notice\":")
                        .append(load.nextNotice()).append('}');
            }
            bodies.add(body.append("]}").toString());
        }
        double loadAverage = StackCpu.loadAverage();
        Map<String, Double> before = cpu.snapshot();
        List<String> ids = Collections.synchronizedList(new ArrayList<>(o.burst()));
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(o.batchConcurrency());
        CountDownLatch done = new CountDownLatch(batches);
        URI uri = URI.create(o.intake() + "/api/v1/notices/batch");
        long start = System.nanoTime();
        for (String body : bodies) {
            inFlight.acquire();
            load.http().sendAsync(BenchHttp.postJson(uri, load.tokens(), body, Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        try {
                            if (failure != null) {
                                errors.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                            } else if (response.statusCode() != 200) {
                                errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                            } else {
                                for (JsonNode item : BenchHttp.JSON.readTree(response.body()).path("results")) {
                                    if ("RECEIVED".equals(item.path("outcome").asText())) {
                                        ids.add(item.path("receipt").path("noticeId").asText());
                                    } else {
                                        errors.merge("item " + item.path("outcome").asText(), 1, Integer::sum);
                                    }
                                }
                            }
                        } catch (IOException e) {
                            errors.merge("unreadable answer", 1, Integer::sum);
                        } finally {
                            inFlight.release();
                            done.countDown();
                        }
                    });
        }
        done.await(10, TimeUnit.MINUTES);
        double answered = (System.nanoTime() - start) / 1e9;
        double drained = Drain.drain(o, List.copyOf(ids), start);
        Map<String, Double> used = StackCpu.delta(before, cpu.snapshot());
        boolean complete = drained >= 0 && ids.size() == o.burst();
        Burst b = new Burst(o.burst(), ids.size(), new TreeMap<>(errors), answered, drained, complete, StackCpu.perNotice(used, ids.size()),
                loadAverage);
        System.out.printf("%nBurst: %d notices in %d batches of %d (POST /api/v1/notices/batch), %d in flight; load %.1f%n",
                o.burst(), batches, o.batchSize(), o.batchConcurrency(), loadAverage);
        System.out.printf("  %d received, errors %s; all answered after %.1f s; all cases after %s%n", ids.size(),
                errors.isEmpty() ? "none" : errors, answered, drained >= 0 ? String.format("%.1f s", drained) : "NOT ALL (timed out)");
        System.out.printf("    CPU ms/notice %s%n", format(b.cpuMsPerNotice()));
        return b;
    }
}
