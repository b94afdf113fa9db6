package se.bokvar.bench.intake;

import java.net.URI;
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

import se.bokvar.bench.common.BenchHttp;

/**
 * Closed loop over given notices: each is sent (the sustained phase's POST) as soon as one of {@code inFlight} slots
 * is free, until all are answered. A 201 is created, a 429 is shed (a deliberate bound of the service), anything else
 * is an error.
 */
final class ClosedLoop {

    /** The answers: the created notices' ids, how many were shed, every other answer by kind. */
    record Answers(int sent, List<String> createdIds, int shed, Map<String, Integer> errors, long startNanos,
            long lastAnswerNanos) {

        int created() {
            return createdIds.size();
        }

        /** "98 created, 2 shed (429), errors none". */
        String summary() {
            return String.format("%d created, %d shed (429), errors %s", created(), shed, errors.isEmpty() ? "none" : errors);
        }
    }

    private ClosedLoop() {
    }

    static Answers send(IntakeLoad load, List<String> notices, int inFlight) throws Exception {
        Semaphore slots = new Semaphore(inFlight);
        List<String> ids = Collections.synchronizedList(new ArrayList<>(notices.size()));
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        AtomicInteger shed = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        URI uri = load.terminationUri();
        long start = System.nanoTime();
        for (String body : notices) {
            slots.acquire();
            load.http().sendAsync(BenchHttp.postJson(uri, load.tokens(), body, Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        try {
                            lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
                            if (failure != null) {
                                errors.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                            } else if (response.statusCode() == 201) {
                                String id = IntakeLoad.noticeId(response.body());
                                if (id != null) {
                                    ids.add(id);
                                } else {
                                    errors.merge("201 without a noticeId", 1, Integer::sum);
                                }
                            } else if (response.statusCode() == 429) {
                                shed.incrementAndGet();
                            } else {
                                errors.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                            }
                        } finally {
                            slots.release();
                        }
                    });
        }
        // every notice is answered when every slot is free again
        if (!slots.tryAcquire(inFlight, 10, TimeUnit.MINUTES)) {
            errors.merge("no answer within 10 minutes", inFlight - slots.availablePermits(), Integer::sum);
        }
        return new Answers(notices.size(), List.copyOf(ids), shed.get(), new TreeMap<>(errors), start, lastAnswer.get());
    }
}
